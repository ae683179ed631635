package org.hrcities.platform.domain.privacy;

/** Who started a request: the person on the public page, or staff on their behalf (as WordPress's tools do). */
public enum DataRequestOrigin {
    VISITOR,
    STAFF
}
