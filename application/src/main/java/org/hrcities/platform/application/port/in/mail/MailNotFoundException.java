package org.hrcities.platform.application.port.in.mail;

import org.hrcities.platform.domain.mail.MailId;

/** No message with this id is in the outbox (never queued, or sent and forgotten since). */
public class MailNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotFoundException(MailId id) {
        super("no message " + id + " in the outbox");
    }
}
