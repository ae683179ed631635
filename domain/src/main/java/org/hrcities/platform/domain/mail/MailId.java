package org.hrcities.platform.domain.mail;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies one message in the outbox; it is also the message's {@code Message-ID}, so a resend is recognisable. */
public record MailId(UUID value) {

    public MailId {
        if (value == null) {
            throw new InvalidValueException("mailId", "mail id is required");
        }
    }

    public static MailId generate() {
        return new MailId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
