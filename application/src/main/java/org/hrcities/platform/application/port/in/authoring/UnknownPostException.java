package org.hrcities.platform.application.port.in.authoring;

import org.hrcities.platform.domain.post.PostId;

/** No post, in any status, has the id: it never existed or it was deleted. */
public class UnknownPostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PostId id;

    public UnknownPostException(PostId id) {
        super("no post has the id " + id);
        this.id = id;
    }

    public PostId id() {
        return id;
    }
}
