package org.hrcities.platform.application.port.in.authoring;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;

/** An editor takes a published or scheduled post back to draft, as read at {@code expectedVersion}. */
public record UnpublishPostCommand(PostId id, long expectedVersion) {

    public UnpublishPostCommand {
        Objects.requireNonNull(id, "id");
        ExpectedVersion.require(expectedVersion);
    }
}
