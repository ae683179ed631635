package org.hrcities.platform.application.port.in.mail;

import org.hrcities.platform.domain.mail.MailId;

/** An administrator sends a message that could not be delivered again. */
public interface RetryMailUseCase {

    /**
     * Queues the failed message again, due at once, with a full set of attempts.
     *
     * @throws MailNotFoundException if no such message is kept
     * @throws MailNotFailedException if it has not failed (queued or sent already)
     */
    void retryMail(MailId id);
}
