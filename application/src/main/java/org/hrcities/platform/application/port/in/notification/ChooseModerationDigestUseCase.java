package org.hrcities.platform.application.port.in.notification;

import org.hrcities.platform.domain.account.AccountId;

/** A signed-in staff member chooses whether their own address is told when comments wait for moderation. */
public interface ChooseModerationDigestUseCase {

    /** Whether the member's address gets the digest now. */
    boolean receivesModerationDigest(AccountId member);

    /**
     * Turns the digest on or off for the member's own address.
     *
     * @throws org.hrcities.platform.application.port.in.account.AccountNotFoundException if no such account exists
     */
    void chooseModerationDigest(AccountId member, boolean wanted);
}
