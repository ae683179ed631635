package org.hrcities.platform.adapter.in.web.api.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.backup.BackUpSiteUseCase;
import org.hrcities.platform.domain.account.Permission;

/**
 * Online backups in the admin API (administrators): {@code POST /api/admin/backups} writes a backup of
 * the running site's H2 database into the backup folder ({@code hrc.backup.dir}) on the server and says
 * which file; the file itself is never served over HTTP. 409 where the storage is backed up otherwise.
 */
@ApplicationScoped
@Path("api/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.BACK_UP_SITE)
public class AdminBackupsResource {

    private BackUpSiteUseCase backUpSite;

    protected AdminBackupsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminBackupsResource(BackUpSiteUseCase backUpSite) {
        this.backUpSite = backUpSite;
    }

    @POST
    public Response backUp() {
        return Response.status(201).entity(BackupResponse.from(backUpSite.backUpSite()))
                .header("Cache-Control", "no-store").build();
    }
}
