package org.hrcities.platform.adapter.in.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.render.Assets;

/** Serves {@link Assets}; a versioned address is cached for a year, an unversioned one revalidated. */
@Path("")
@ApplicationScoped
public class AssetsResource {

    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    @GET
    @Path("assets/{name}")
    public Response asset(@PathParam("name") String name, @QueryParam("v") String version, @Context HttpHeaders headers,
                          @Context Request request) {
        Assets.Asset asset = Assets.get(name);
        if (asset == null) {
            throw new NotFoundException("no such file");
        }
        Response.ResponseBuilder response = Representations.ok(headers, request, asset.bytes(), asset.mediaType(), true,
                Freshness.REVALIDATE);
        if (asset.version().equals(version)) {
            CacheControl forever = new CacheControl();
            forever.setMaxAge(ONE_YEAR);
            forever.getCacheExtension().put("immutable", null);
            response.cacheControl(forever);
        }
        return response.build();
    }

    /** Browsers ask for it whatever the page says. */
    @GET
    @Path("favicon.ico")
    public Response favicon() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(java.net.URI.create(Assets.href("favicon.svg"))).build();
    }
}
