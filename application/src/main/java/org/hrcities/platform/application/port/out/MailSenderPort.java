package org.hrcities.platform.application.port.out;

import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailMessage;

/**
 * Hands a message to a mail server. Called outside any transaction, one message at a time.
 */
public interface MailSenderPort {

    /**
     * Sends the message, identified by {@code id} (its {@code Message-ID}, the same on every attempt).
     *
     * @throws MailDeliveryException if the server did not accept it; {@link MailDeliveryException#permanent()}
     *         when it refused it for good (a 5xx answer), so that trying again is pointless
     */
    void send(MailId id, MailMessage message) throws MailDeliveryException;

    /** Thrown when a message was not accepted. */
    final class MailDeliveryException extends Exception {

        private final boolean permanent;

        public MailDeliveryException(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
