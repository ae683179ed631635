package org.hrcities.platform.adapter.in.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.render.Assets;

/** Serves {@link Assets}; a versioned address is cached for a year, an unversioned one revalidated. */
@Path("")
@ApplicationScoped
public class AssetsResource {

    @GET
    @Path("assets/{name}")
    public Response asset(@PathParam("name") String name, @QueryParam("v") String version) {
        Assets.Asset asset = Assets.get(name);
        if (asset == null) {
            throw new NotFoundException("no such file");
        }
        return Representations.ok(asset.bytes(), asset.mediaType(), true,
                asset.version().equals(version) ? Freshness.IMMUTABLE : Freshness.REVALIDATE).build();
    }

    /** Browsers ask for it whatever the page says. */
    @GET
    @Path("favicon.ico")
    public Response favicon() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(java.net.URI.create(Assets.href("favicon.svg"))).build();
    }
}
