package org.hrcities.platform.domain.event;

/** How people take part in an event: where it is held, online, or both. */
public enum AttendanceMode {
    IN_PERSON,
    ONLINE,
    MIXED
}
