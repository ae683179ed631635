package org.hrcities.platform.application.port.in.event;

import java.util.Objects;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * A change of an event's state, made by an editor on the event as read at {@code expectedVersion}.
 *
 * @param id              the event
 * @param expectedVersion the version the editor read
 * @param kind            what happens
 * @param newTimingOrNull the new date, for {@link Kind#POSTPONE} only
 */
public record EventChange(EventId id, long expectedVersion, Kind kind, EventTiming newTimingOrNull) {

    /** What happens to the event. */
    public enum Kind {
        PUBLISH,
        WITHDRAW,
        POSTPONE,
        CANCEL,
        REINSTATE
    }

    public EventChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        requireVersion(expectedVersion);
        if (kind == Kind.POSTPONE && newTimingOrNull == null) {
            throw new InvalidValueException("start", "a postponed event needs its new date");
        }
        if (kind != Kind.POSTPONE && newTimingOrNull != null) {
            throw new IllegalArgumentException("only a postponement takes a new date");
        }
    }

    public static EventChange postpone(EventId id, long expectedVersion, EventTiming newTiming) {
        return new EventChange(id, expectedVersion, Kind.POSTPONE, newTiming);
    }

    public static EventChange of(EventId id, long expectedVersion, Kind kind) {
        return new EventChange(id, expectedVersion, kind, null);
    }

    static void requireVersion(long expectedVersion) {
        if (expectedVersion < 1) {
            throw new InvalidValueException("version", "version must be the version of the event as it was read (1 or more)");
        }
    }
}
