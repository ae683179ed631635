package org.hrcities.platform.application.port.in.authoring;

import java.time.Instant;
import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * An editor schedules a draft (or moves a scheduled post) to be published at {@code publishAt}, as
 * read at {@code expectedVersion}. That the time lies in the future is checked against the clock
 * when the command runs.
 */
public record SchedulePostCommand(PostId id, long expectedVersion, Instant publishAt) {

    public SchedulePostCommand {
        Objects.requireNonNull(id, "id");
        ExpectedVersion.require(expectedVersion);
        if (publishAt == null) {
            throw new InvalidValueException("publishAt", "publishAt is required");
        }
    }
}
