package org.hrcities.platform.adapter.in.web.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;

/**
 * Keeps the admin out of caches and search engines: every answer under /admin and /api/admin is
 * {@code no-store} (it may show unpublished posts, commenters' email addresses and network
 * addresses) and {@code noindex}.
 */
public class AdminResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (RequestPaths.isAdminPage(path) || RequestPaths.isAdminApi(path)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("X-Robots-Tag", "noindex, nofollow");
        }
    }
}
