package org.hrcities.platform.adapter.in.web.api.account;

import java.time.Instant;
import org.hrcities.platform.application.port.in.account.StaffAccount;

/** A staff account as the admin API shows it to administrators: never its password. */
public record StaffAccountResponse(String id, String email, String displayName, String role, boolean enabled,
                                   Instant createdAt) {

    public static StaffAccountResponse from(StaffAccount account) {
        return new StaffAccountResponse(account.id().toString(), account.email().value(), account.displayName(),
                account.role().label(), account.enabled(), account.createdAt());
    }
}
