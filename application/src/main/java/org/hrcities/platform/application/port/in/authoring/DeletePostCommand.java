package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;

/** An editor deletes a post with its comments for good, as read at {@code expectedVersion}. */
public record DeletePostCommand(PostId id, long expectedVersion) {

    public DeletePostCommand {
        Objects.requireNonNull(id, "id");
        ExpectedVersion.require(expectedVersion);
    }
}
