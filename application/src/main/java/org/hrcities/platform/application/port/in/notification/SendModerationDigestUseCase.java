package org.hrcities.platform.application.port.in.notification;

/** The periodic job that tells the moderators who chose it that comments wait. */
public interface SendModerationDigestUseCase {

    /**
     * Unless another process sent one within the digest's period, queues one digest for each staff
     * address that chose it, when comments arrived in that period and some still wait; answers how
     * many were queued.
     */
    int sendModerationDigest();
}
