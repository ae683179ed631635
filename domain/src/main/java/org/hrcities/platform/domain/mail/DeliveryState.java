package org.hrcities.platform.domain.mail;

/** Where a message in the outbox stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt. */
    QUEUED,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: refused for good by the mail server, or every attempt failed. Administrators see it and may retry. */
    FAILED
}
