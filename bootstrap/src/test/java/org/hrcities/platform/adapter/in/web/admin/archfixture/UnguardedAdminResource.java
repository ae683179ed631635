package org.hrcities.platform.adapter.in.web.admin.archfixture;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.domain.account.Permission;

/** Breaks rule 9 on purpose: an admin endpoint that names no permission (the other one does). */
@Path("admin/unguarded")
public class UnguardedAdminResource {

    @GET
    public String open() {
        return "anyone";
    }

    @GET
    @Path("guarded")
    @Requires(Permission.MANAGE_SETTINGS)
    public String guarded() {
        return "staff";
    }
}
