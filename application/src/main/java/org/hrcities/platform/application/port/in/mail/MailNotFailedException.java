package org.hrcities.platform.application.port.in.mail;

import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;

/** Only a message that failed can be retried. */
public class MailNotFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DeliveryState state;

    public MailNotFailedException(MailId id, DeliveryState state) {
        super("message " + id + " is " + state.name().toLowerCase(java.util.Locale.ROOT) + ", not failed: nothing to retry");
        this.state = state;
    }

    public DeliveryState state() {
        return state;
    }
}
