package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;

/** An editor publishes a draft or a scheduled post now, as read at {@code expectedVersion}. */
public record PublishPostCommand(PostId id, long expectedVersion) {

    public PublishPostCommand {
        Objects.requireNonNull(id, "id");
        ExpectedVersion.require(expectedVersion);
    }
}
