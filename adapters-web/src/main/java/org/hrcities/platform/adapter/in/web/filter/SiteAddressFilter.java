package org.hrcities.platform.adapter.in.web.filter;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.hrcities.platform.adapter.in.web.input.SiteAddress;

/**
 * Where the site's address is set ({@link SiteAddress}), puts it in place of the one the request's
 * {@code Host} header gave, before anything builds a URI: the base and request URIs that resources, the
 * feeds, the {@code Link} headers and the resolution of relative {@code Location} headers see. A forged
 * {@code Host} then changes no URL the site prints. Unset, requests keep their own address (and the
 * rendered-page store keeps answers per {@code Host}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class SiteAddressFilter implements ContainerRequestFilter {

    @Inject
    SiteAddress site;

    @Override
    public void filter(ContainerRequestContext request) {
        if (site.base().isEmpty()) {
            return;
        }
        URI base = site.base().get();
        URI asked = request.getUriInfo().getRequestUri();
        String path = asked.getRawPath() == null || asked.getRawPath().isEmpty() ? "/" : asked.getRawPath();
        String query = asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery();
        request.setRequestUri(base, URI.create(base + path.substring(1) + query));
    }
}
