package org.hrcities.platform.adapter.in.web.api.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.domain.account.Permission;

/** Who the caller is signed in as, and what they may do. */
public record StaffMemberResponse(String id, String displayName, String role, List<String> permissions) {

    public static StaffMemberResponse from(StaffMember member) {
        return new StaffMemberResponse(member.id().toString(), member.displayName(), member.role().label(),
                Arrays.stream(Permission.values()).filter(member::may)
                        .map(permission -> permission.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }
}
