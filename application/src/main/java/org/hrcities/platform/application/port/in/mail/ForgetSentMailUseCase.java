package org.hrcities.platform.application.port.in.mail;

import java.time.Duration;

/** The outbox forgets what it sent: a message holds an address and may quote a reader's comment. */
public interface ForgetSentMailUseCase {

    /** Sent messages are kept this long, then forgotten. */
    Duration KEPT = Duration.ofDays(30);

    /**
     * Unless another process did within the hour, removes the messages sent more than {@link #KEPT}
     * ago; answers how many. Queued and failed messages stay.
     */
    int forgetSentMail();
}
