package org.hrcities.platform.domain.privacy;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies one request for a copy or the erasure of a person's data. */
public record DataRequestId(UUID value) {

    public DataRequestId {
        if (value == null) {
            throw new InvalidValueException("dataRequestId", "data request id is required");
        }
    }

    public static DataRequestId generate() {
        return new DataRequestId(UUID.randomUUID());
    }

    /** Reads an id a link or a client brought; {@code field} names the input it came from. */
    public static DataRequestId parse(String field, String text) {
        try {
            return new DataRequestId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(field, field + " must be a data request id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
