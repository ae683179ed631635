package org.hrcities.platform.domain.event;

/** Whether an event takes place as announced. */
public enum EventStatus {
    /** Takes place as announced. */
    SCHEDULED,
    /** Moved to a new date; the date it had before is kept ({@link Event#previousTiming()}). */
    POSTPONED,
    /** Will not take place; its page stays, with a notice. */
    CANCELLED
}
