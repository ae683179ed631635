package org.hrcities.platform.application.port.in.privacy;

/**
 * Erases the network addresses and user agents that comments (and data requests) were sent with
 * once they are older than the retention period, a bounded batch per transaction.
 */
public interface ForgetOldSenderDataUseCase {

    /** Erases every such item due now, a batch at a time; answers how many were changed. */
    int forgetOldSenderData();
}
