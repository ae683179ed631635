package org.hrcities.platform.application.port.in.notification;

import org.hrcities.platform.domain.comment.EmailAddress;

/** A signed-in staff member chooses whether their own address is told when comments wait for moderation. */
public interface ChooseModerationDigestUseCase {

    /** Whether the address gets the digest now. */
    boolean receivesModerationDigest(EmailAddress staffEmail);

    /** Turns the digest on or off for the staff member's own address. */
    void chooseModerationDigest(EmailAddress staffEmail, boolean wanted);
}
