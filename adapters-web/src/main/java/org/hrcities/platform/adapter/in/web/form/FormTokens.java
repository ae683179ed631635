package org.hrcities.platform.adapter.in.web.form;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * CSRF protection of the admin's forms (the sign-in form included) by double submission: the browser
 * gets a random token in an HttpOnly, SameSite=Strict cookie, and every form carries the same token in
 * a hidden field. A post is accepted only when both are present and equal: another site can make a
 * browser send the cookie's request, but cannot read the cookie to put the token in the form. The
 * public comment form carries no token, so that its page is the same for every reader: see
 * {@link FormOrigins}.
 */
public final class FormTokens {

    public static final String COOKIE = "hrc_form";
    public static final String FIELD = "token";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** One generator per thread: a shared one serialises every new visitor's page on its lock. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private FormTokens() {
    }

    /** The visitor's token from the cookie, or null if the cookie is missing or malformed. */
    public static String fromCookie(Cookie cookie) {
        return cookie == null ? null : fromCookieValue(cookie.getValue());
    }

    /** The visitor's token from the cookie's value, or null if it is missing or malformed. */
    public static String fromCookieValue(String value) {
        return value != null && FORMAT.matcher(value).matches() ? value : null;
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie that hands the token to the browser. */
    public static NewCookie cookie(String token, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(60 * 60 * 24 * 30).build();
    }

    /** Whether the form's token matches the cookie's, compared in constant time. */
    public static boolean matches(String cookieToken, String formToken) {
        if (cookieToken == null || formToken == null || !FORMAT.matcher(formToken).matches()) {
            return false;
        }
        return MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.US_ASCII), formToken.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether a form post's Origin header, if the browser sent one, names this site: a second check
     * beside the token, as OWASP advises.
     */
    public static boolean sameOrigin(String origin, String host) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI parsed = URI.create(origin);
            String authority = parsed.getPort() < 0 ? parsed.getHost() : parsed.getHost() + ":" + parsed.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
