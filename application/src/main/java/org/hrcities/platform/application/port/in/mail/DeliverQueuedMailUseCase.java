package org.hrcities.platform.application.port.in.mail;

/** The outbox's worker: hands the due messages to the mail server. */
public interface DeliverQueuedMailUseCase {

    /**
     * Claims the due messages, a few at a time, and sends each, until none is due or
     * {@code maxMessages} were attempted; each outcome is stored as soon as it is known.
     */
    DeliveryRound deliverDue(int maxMessages);
}
