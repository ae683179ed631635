package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;

/** An editor starts a new post, as a draft. */
public record CreatePostCommand(PostInput post) {

    public CreatePostCommand {
        Objects.requireNonNull(post, "post");
    }
}
