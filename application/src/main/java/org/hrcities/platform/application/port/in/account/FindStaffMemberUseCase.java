package org.hrcities.platform.application.port.in.account;

import java.util.Optional;
import org.hrcities.platform.domain.account.AccountId;

/**
 * Looks up a signed-in member of staff again, so that a disabled account or a changed role takes
 * effect on the next request rather than at the end of the session.
 */
public interface FindStaffMemberUseCase {

    /** The member, or empty if the account is gone or disabled. */
    Optional<StaffMember> findStaffMember(AccountId id);
}
