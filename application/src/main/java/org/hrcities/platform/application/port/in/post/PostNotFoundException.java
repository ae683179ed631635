package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;

/**
 * No post is there: for editors, none in any status has the id (it never existed or was deleted);
 * for visitors, no published post answers at the slug (drafts and scheduled posts are not found
 * either). One exception for every use case that looks a post up, whatever by.
 */
public class PostNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PostId id;

    /** No post, in any status, has the id. */
    public PostNotFoundException(PostId id) {
        super("no post has the id " + id);
        this.id = id;
    }

    /** No published post answers at the slug. */
    public PostNotFoundException(Slug slug) {
        this("no published post has the slug \"" + slug + "\"");
    }

    protected PostNotFoundException(String message) {
        super(message);
        this.id = null;
    }

    /** The id looked for; null when the post was looked for by its slug. */
    public PostId id() {
        return id;
    }
}
