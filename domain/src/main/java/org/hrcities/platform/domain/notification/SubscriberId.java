package org.hrcities.platform.domain.notification;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies an address the site may write to; links in mails name it instead of the address. */
public record SubscriberId(UUID value) {

    public SubscriberId {
        if (value == null) {
            throw new InvalidValueException("subscriberId", "subscriber id is required");
        }
    }

    public static SubscriberId generate() {
        return new SubscriberId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
