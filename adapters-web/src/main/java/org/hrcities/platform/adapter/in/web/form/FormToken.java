package org.hrcities.platform.adapter.in.web.form;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The CSRF token of the browser at hand ({@link FormTokens}): the one its cookie holds, or a new
 * one that the response must hand over with {@link #attachTo}.
 */
public record FormToken(String value, boolean isNew) {

    public static FormToken of(Cookie cookie) {
        String known = FormTokens.fromCookie(cookie);
        return known == null ? new FormToken(FormTokens.newToken(), true) : new FormToken(known, false);
    }

    /** Whether a posted form carries the cookie's token and, if the browser says, comes from this site. */
    public static boolean accepts(Cookie cookie, String formToken, String origin, String host) {
        return FormTokens.matches(FormTokens.fromCookie(cookie), formToken) && FormTokens.sameOrigin(origin, host);
    }

    public Response.ResponseBuilder attachTo(Response.ResponseBuilder response, UriInfo uri) {
        if (isNew) {
            response.cookie(FormTokens.cookie(value, "https".equals(uri.getRequestUri().getScheme())));
        }
        return response;
    }
}
