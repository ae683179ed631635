package org.hrcities.platform.application.port.in.authoring;

import java.time.Instant;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * What becomes of a post once what the editor wrote is saved: part of the same change, so that
 * either both happen or neither does.
 */
public sealed interface AfterSaving {

    /** A new post stays a draft; a stored post keeps its status, and its time if it is scheduled. */
    record KeepStatus() implements AfterSaving {
    }

    /** The post is published now; a scheduled post early. */
    record PublishNow() implements AfterSaving {
    }

    /**
     * The post is published at {@code publishAt}. That the time lies in the future is checked
     * against the clock when the command runs.
     */
    record ScheduleAt(Instant publishAt) implements AfterSaving {
        public ScheduleAt {
            if (publishAt == null) {
                throw new InvalidValueException("publishAt", "publishAt is required");
            }
        }
    }

    /** A published or scheduled post goes back to draft: readers no longer see it. */
    record Unpublish() implements AfterSaving {
    }

    static AfterSaving keepStatus() {
        return new KeepStatus();
    }

    static AfterSaving publishNow() {
        return new PublishNow();
    }

    static AfterSaving scheduleAt(Instant publishAt) {
        return new ScheduleAt(publishAt);
    }

    static AfterSaving unpublish() {
        return new Unpublish();
    }
}
