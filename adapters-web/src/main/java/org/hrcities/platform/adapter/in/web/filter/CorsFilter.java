package org.hrcities.platform.adapter.in.web.filter;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;

/**
 * Cross-origin reads of the API: any site may GET it (so that cities can embed the network's news),
 * and the headers a client needs for paging and caching are exposed. Writes get no CORS headers, so
 * browsers keep other sites from posting to them; a preflight for anything but a read is refused.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String EXPOSED = "ETag, Last-Modified, Link, X-Total-Count, X-Total-Pages";

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPreflight(request)) {
            String method = request.getHeaderString("Access-Control-Request-Method");
            if (isRead(method)) {
                request.abortWith(Response.noContent()
                        .header("Access-Control-Allow-Origin", "*")
                        .header("Access-Control-Allow-Methods", "GET, HEAD")
                        .header("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since")
                        .header("Access-Control-Max-Age", "86400")
                        .build());
            } else {
                request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (isApi(request) && isRead(request.getMethod()) && !isPreflight(request)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
            response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED);
        }
    }

    private static boolean isPreflight(ContainerRequestContext request) {
        return HttpMethod.OPTIONS.equals(request.getMethod()) && isApi(request)
                && request.getHeaderString("Origin") != null
                && request.getHeaderString("Access-Control-Request-Method") != null;
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private static boolean isApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return RequestPaths.isApi(path) && !RequestPaths.isAdminApi(path);
    }
}
