package org.hrcities.platform.adapter.in.web.filter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers that every response carries. Pages get a Content-Security-Policy that allows no script
 * at all, styles from the site only, images from the site and over https (post bodies may show
 * them), and forms that post to the site only; everything else gets one that allows nothing. A 304
 * Not Modified gets none: the browser keeps the policy of the response it revalidated.
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        // A 304's headers replace those the browser stored with the page, and a 304 has no media type
        // to choose a policy by: sent here, the no-content policy would strip a revalidated page of
        // its stylesheet. The stored response keeps the policies it came with.
        boolean notModified = response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode();
        boolean page = response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
        forAnswer(page).forEach((name, value) -> {
            if (name.equals("Referrer-Policy") && headers.containsKey(name)) {
                // a stricter policy chosen by the resource itself (pages whose address holds a token send none)
                return;
            }
            if (!notModified || !(name.equals("Content-Security-Policy") || name.equals("Permissions-Policy"))) {
                headers.putSingle(name, value);
            }
        });
    }

    /**
     * The headers of an answer other than a 304: a page ({@code page}) or anything else. Also given
     * to the answers that {@link RequestLimitsFilter} makes before JAX-RS.
     */
    public static Map<String, String> forAnswer(boolean page) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", page ? PAGE_POLICY : OTHER_POLICY);
        if (page) {
            headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        }
        return headers;
    }
}
