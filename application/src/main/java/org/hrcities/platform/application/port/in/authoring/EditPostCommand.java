package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;

/** An editor replaces what a post says, as read at {@code expectedVersion}. */
public record EditPostCommand(PostId id, long expectedVersion, PostInput post) {

    public EditPostCommand {
        Objects.requireNonNull(id, "id");
        ExpectedVersion.require(expectedVersion);
        Objects.requireNonNull(post, "post");
    }
}
