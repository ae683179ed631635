package org.hrcities.platform.adapter.in.web.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers that every response carries. Pages get a Content-Security-Policy that allows no script
 * at all, styles from the site only, images from the site and over https (post bodies may show
 * them), and forms that post to the site only; everything else gets one that allows nothing.
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        boolean page = response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
        headers.putSingle("Content-Security-Policy", page ? PAGE_POLICY : OTHER_POLICY);
        if (page) {
            headers.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        }
    }
}
