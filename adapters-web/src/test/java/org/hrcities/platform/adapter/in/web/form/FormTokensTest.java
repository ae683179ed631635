package org.hrcities.platform.adapter.in.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    @Test
    void a_form_is_accepted_only_with_the_token_of_its_cookie() {
        String token = FormTokens.newToken();
        assertTrue(FormTokens.matches(token, token));
        assertFalse(FormTokens.matches(token, FormTokens.newToken()));
        assertFalse(FormTokens.matches(token, null));
        assertFalse(FormTokens.matches(null, token));
        assertFalse(FormTokens.matches(token, token + "x"));
        assertNotEquals(FormTokens.newToken(), FormTokens.newToken());
    }

    @Test
    void a_malformed_cookie_is_no_token() {
        assertNull(FormTokens.fromCookie(new Cookie.Builder(FormTokens.COOKIE).value("short").build()));
        assertNull(FormTokens.fromCookie(null));
        String token = FormTokens.newToken();
        assertEquals(token, FormTokens.fromCookie(new Cookie.Builder(FormTokens.COOKIE).value(token).build()));
    }

    @Test
    void the_cookie_is_http_only_and_same_site_strict() {
        NewCookie cookie = FormTokens.cookie(FormTokens.newToken(), true);
        assertTrue(cookie.isHttpOnly());
        assertTrue(cookie.isSecure());
        assertEquals(NewCookie.SameSite.STRICT, cookie.getSameSite());
        assertEquals("/", cookie.getPath());
    }
}
