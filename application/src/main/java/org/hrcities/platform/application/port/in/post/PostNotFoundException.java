package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.shared.Slug;

/** No published post answers at the slug. Drafts and scheduled posts are not found either. */
public class PostNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PostNotFoundException(Slug slug) {
        super("no published post has the slug \"" + slug + "\"");
    }

    protected PostNotFoundException(String message) {
        super(message);
    }
}
