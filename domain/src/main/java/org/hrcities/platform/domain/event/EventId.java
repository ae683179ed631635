package org.hrcities.platform.domain.event;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies an event; also the stable part of its calendar {@code UID}. */
public record EventId(UUID value) {

    public EventId {
        if (value == null) {
            throw new InvalidValueException("eventId", "event id is required");
        }
    }

    public static EventId generate() {
        return new EventId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
