package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.StaffClient.ADMINISTRATOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.EDITOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.MODERATOR;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.PASSWORD;
import static org.hrcities.platform.bootstrap.e2e.StaffClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in to the admin, roles, sessions, throttling and optimistic locking, over HTTP on the running site. */
@ExtendWith(DemoSite.class)
class AdminAuthIT {

    private static final String JSON = "application/json";

    @Test
    void the_admin_sends_visitors_who_are_not_signed_in_to_the_sign_in_page_and_back(Site site) {
        StaffClient browser = new StaffClient(site);
        HttpResponse<String> admin = browser.get("/admin/accounts");
        assertEquals(303, admin.statusCode());
        assertEquals("/admin/sign-in?next=%2Fadmin%2Faccounts", site.uri("/").relativize(
                java.net.URI.create(admin.headers().firstValue("Location").orElseThrow())).toString().replaceFirst("^", "/"));

        HttpResponse<String> signedIn = browser.postForm("/admin/sign-in?next=/admin/accounts", "/admin/sign-in",
                Map.of("email", ADMINISTRATOR, "password", PASSWORD, "next", "/admin/accounts"));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/admin/accounts"));
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hrc_session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> accounts = browser.get("/admin/accounts");
        assertEquals(200, accounts.statusCode());
        assertTrue(accounts.body().contains(EDITOR));
        assertEquals("no-store", accounts.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("noindex, nofollow", accounts.headers().firstValue("X-Robots-Tag").orElseThrow());
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure(Site site) {
        StaffClient browser = new StaffClient(site);
        browser.get("/admin/sign-in");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(browser.get("/admin/sign-in").body());
        assertTrue(token.find());
        HttpResponse<String> signedIn = site.post("/admin/sign-in", "application/x-www-form-urlencoded",
                StaffClient.encode(Map.of("email", EDITOR, "password", PASSWORD, "token", token.group(1))),
                "Cookie", "hrc_form=" + browser.cookie("hrc_form"), "X-Forwarded-Proto", "https",
                "X-Forwarded-For", browser.address());
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hrc_session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertFalse(browser.signIn(EDITOR, PASSWORD).headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("hrc_session=") && c.contains("Secure")), "plain HTTP gets no Secure cookie");
    }

    @Test
    void sign_in_never_redirects_to_another_site(Site site) {
        StaffClient browser = new StaffClient(site);
        HttpResponse<String> signedIn = browser.postForm("/admin/sign-in", "/admin/sign-in",
                Map.of("email", EDITOR, "password", PASSWORD, "next", "//evil.example/admin"));
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/admin"),
                signedIn.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void a_wrong_password_re_renders_the_form_with_the_address_typed_and_a_message(Site site) {
        StaffClient browser = new StaffClient(site);
        HttpResponse<String> refused = browser.postForm("/admin/sign-in", "/admin/sign-in",
                Map.of("email", EDITOR, "password", "not the password"));
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("The email address or the password is not right."));
        assertTrue(refused.body().contains("value=\"" + EDITOR + "\""));
        assertFalse(refused.body().contains("not the password"));
        assertEquals(null, browser.cookie("hrc_session"));
    }

    @Test
    void a_sign_in_form_without_its_token_is_refused(Site site) {
        StaffClient browser = new StaffClient(site);
        browser.get("/admin/sign-in");
        HttpResponse<String> refused = browser.post("/admin/sign-in",
                Map.of("email", EDITOR, "password", PASSWORD, "token", "forged-token-forged-token-forged-token-abcd"));
        assertEquals(403, refused.statusCode());
        assertEquals(null, browser.cookie("hrc_session"));
    }

    @Test
    void five_failed_attempts_lock_the_account_with_a_growing_delay_and_say_how_long(Site site) {
        String email = "throttled-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        openAccount(site, email, "moderator");
        StaffClient attacker = new StaffClient(site);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, attacker.postForm("/admin/sign-in", "/admin/sign-in",
                    Map.of("email", email, "password", "guess number " + i)).statusCode());
        }
        HttpResponse<String> locked = attacker.postForm("/admin/sign-in", "/admin/sign-in",
                Map.of("email", email, "password", PASSWORD + "-right"));
        assertEquals(429, locked.statusCode());
        assertTrue(locked.body().contains("Too many failed sign-in attempts"), locked.body());
        assertTrue(Integer.parseInt(locked.headers().firstValue("Retry-After").orElseThrow()) >= 1);

        StaffClient owner = new StaffClient(site);
        HttpResponse<String> api = site.get("/api/admin/me", "Authorization", basic(email, PASSWORD + "-right"),
                "X-Forwarded-For", owner.address());
        assertEquals(429, api.statusCode(), "the lock is per account, whatever the address");
        assertEquals("application/problem+json;charset=UTF-8", api.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(api.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void signing_out_ends_the_session(Site site) {
        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        String session = editor.cookie("hrc_session");
        assertEquals(200, editor.get("/admin").statusCode());
        HttpResponse<String> out = editor.postForm("/admin", "/admin/sign-out", Map.of());
        assertEquals(303, out.statusCode());
        editor.setCookie("hrc_session", session);
        assertEquals(303, editor.get("/admin").statusCode(), "the old session id no longer signs in");
    }

    @Test
    void signing_in_replaces_a_session_id_planted_before(Site site) {
        StaffClient victim = new StaffClient(site);
        victim.setCookie("hrc_session", "planted0000000000000000000");
        victim.postForm("/admin/sign-in", "/admin/sign-in", Map.of("email", EDITOR, "password", PASSWORD));
        assertNotEquals("planted0000000000000000000", victim.cookie("hrc_session"));
        assertEquals(200, victim.get("/admin").statusCode());
    }

    @Test
    void each_role_sees_only_its_sections_and_gets_403_beyond_them(Site site) {
        StaffClient moderator = StaffClient.signedIn(site, MODERATOR);
        HttpResponse<String> dashboard = moderator.get("/admin");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("href=\"/admin/comments\""));
        assertFalse(dashboard.body().contains("href=\"/admin/accounts\""));
        HttpResponse<String> forbidden = moderator.get("/admin/accounts");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("Demo Moderator"), forbidden.body());

        StaffClient editor = StaffClient.signedIn(site, EDITOR);
        assertEquals(403, editor.get("/admin/accounts/new").statusCode());
        assertEquals(200, editor.get("/admin/profile").statusCode());
    }

    @Test
    void the_admin_api_answers_401_without_credentials_and_403_without_the_role(Site site) {
        HttpResponse<String> anonymous = site.get("/api/admin/accounts");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic realm=\"hrc-admin\""));
        assertEquals("/problems/unauthorized", Site.json(anonymous).asJsonObject().getString("type"));

        HttpResponse<String> wrong = site.get("/api/admin/me", "Authorization", basic(EDITOR, "wrong password"),
                "X-Forwarded-For", new StaffClient(site).address());
        assertEquals(401, wrong.statusCode());
        assertEquals("/problems/bad-credentials", Site.json(wrong).asJsonObject().getString("type"));

        HttpResponse<String> moderator = site.get("/api/admin/accounts", "Authorization", basic(MODERATOR, PASSWORD));
        assertEquals(403, moderator.statusCode());
        assertEquals("/problems/forbidden", Site.json(moderator).asJsonObject().getString("type"));

        JsonObject me = Site.json(site.get("/api/admin/me", "Authorization", basic(MODERATOR, PASSWORD))).asJsonObject();
        assertEquals("moderator", me.getString("role"));
        assertEquals("[\"moderate-comments\"]", me.getJsonArray("permissions").toString());
        assertEquals(401, site.get("/api/admin/me", "Cookie", "hrc_session=" + StaffClient.signedIn(site, ADMINISTRATOR)
                .cookie("hrc_session")).statusCode(), "the API takes credentials, never the admin's session cookie");
    }

    @Test
    void an_update_needs_if_match_and_a_stale_one_gets_412_and_changes_nothing(Site site) {
        String email = "locking-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = openAccount(site, email, "editor");
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        HttpResponse<String> read = site.get(path, "Authorization", basic(ADMINISTRATOR, PASSWORD));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String change = "{\"email\": \"" + email + "\", \"displayName\": \"Renamed\", \"role\": \"moderator\", \"enabled\": true}";

        HttpResponse<String> withoutIfMatch = site.sendJson("PUT", path, change, "Authorization", basic(ADMINISTRATOR, PASSWORD));
        assertEquals(428, withoutIfMatch.statusCode(), withoutIfMatch.body());

        HttpResponse<String> first = site.sendJson("PUT", path, change, "Authorization", basic(ADMINISTRATOR, PASSWORD),
                "If-Match", etag);
        assertEquals(200, first.statusCode(), first.body());
        assertNotEquals(etag, first.headers().firstValue("ETag").orElseThrow());

        String stale = change.replace("Renamed", "Stale writer");
        HttpResponse<String> second = site.sendJson("PUT", path, stale, "Authorization", basic(ADMINISTRATOR, PASSWORD),
                "If-Match", etag);
        assertEquals(412, second.statusCode(), second.body());
        assertEquals("/problems/precondition-failed", Site.json(second).asJsonObject().getString("type"));
        assertEquals("Renamed", Site.json(site.get(path, "Authorization", basic(ADMINISTRATOR, PASSWORD)))
                .asJsonObject().getString("displayName"));
    }

    @Test
    void account_bodies_are_checked_field_by_field_and_cannot_set_what_they_do_not_name(Site site) {
        HttpResponse<String> invalid = site.post("/api/admin/accounts", JSON,
                "{\"email\": \"nope\", \"displayName\": \"\", \"role\": \"root\", \"password\": \"short\"}",
                "Authorization", basic(ADMINISTRATOR, PASSWORD));
        assertEquals(400, invalid.statusCode());
        assertEquals("[\"displayName\",\"email\",\"password\",\"role\"]", Site.json(invalid).asJsonObject()
                .getJsonArray("errors").stream().map(e -> "\"" + e.asJsonObject().getString("field") + "\"").sorted()
                .toList().toString().replace(" ", ""));
        HttpResponse<String> massAssignment = site.post("/api/admin/accounts", JSON,
                "{\"email\": \"x@example.org\", \"displayName\": \"X\", \"role\": \"editor\", \"password\": \"long enough pass\", "
                        + "\"id\": \"00000000-0000-0000-0000-000000000000\"}", "Authorization", basic(ADMINISTRATOR, PASSWORD));
        assertEquals(400, massAssignment.statusCode());
        HttpResponse<String> duplicate = site.post("/api/admin/accounts", JSON,
                "{\"email\": \"EDITOR@demo.hrcities.example\", \"displayName\": \"Copy\", \"role\": \"editor\", "
                        + "\"password\": \"long enough pass\"}", "Authorization", basic(ADMINISTRATOR, PASSWORD));
        assertEquals(409, duplicate.statusCode());
    }

    @Test
    void a_disabled_account_is_signed_out_on_its_next_request(Site site) {
        String email = "leaving-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = openAccount(site, email, "moderator");
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        StaffClient leaving = new StaffClient(site);
        assertEquals(303, leaving.postForm("/admin/sign-in", "/admin/sign-in",
                Map.of("email", email, "password", PASSWORD + "-right")).statusCode());
        assertEquals(200, leaving.get("/admin").statusCode());

        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertEquals(200, site.sendJson("PUT", path, "{\"email\": \"" + email + "\", \"displayName\": \"Leaving\", "
                + "\"role\": \"moderator\", \"enabled\": false}", "Authorization", basic(ADMINISTRATOR, PASSWORD),
                "If-Match", etag).statusCode());

        assertEquals(303, leaving.get("/admin").statusCode());
        assertEquals(401, site.get("/api/admin/me", "Authorization", basic(email, PASSWORD + "-right")).statusCode());
    }

    @Test
    void administrators_open_accounts_through_the_form_and_a_stale_form_gets_a_conflict_message(Site site) {
        StaffClient admin = StaffClient.signedIn(site, ADMINISTRATOR);
        String email = "form-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> invalid = admin.postForm("/admin/accounts/new", "/admin/accounts",
                Map.of("email", email, "displayName", "", "role", "editor", "password", "short"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("Display name is required") || invalid.body().contains("DisplayName is required"),
                invalid.body());
        assertTrue(invalid.body().contains("value=\"" + email + "\""));

        HttpResponse<String> opened = admin.postForm("/admin/accounts/new", "/admin/accounts",
                Map.of("email", email, "displayName", "Form Person", "role", "editor", "password", PASSWORD + "-right"));
        assertEquals(303, opened.statusCode(), opened.body());
        String list = admin.get("/admin/accounts").body();
        int at = list.indexOf("Form Person");
        String href = list.substring(list.lastIndexOf("/admin/accounts/", at), list.lastIndexOf("\"", at));

        HttpResponse<String> first = admin.postForm(href, href, Map.of("version", "1", "email", email,
                "displayName", "Form Person 2", "role", "editor", "enabled", "true", "password", ""));
        assertEquals(303, first.statusCode(), first.body());
        HttpResponse<String> stale = admin.postForm(href, href, Map.of("version", "1", "email", email,
                "displayName", "Form Person 3", "role", "editor", "enabled", "true", "password", ""));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("Someone else changed this account"));
        assertTrue(stale.body().contains("Form Person 3"), "what was typed is kept");
    }

    /** Opens an account through the API; its password is {@code PASSWORD + "-right"}. */
    private static HttpResponse<String> openAccount(Site site, String email, String role) {
        HttpResponse<String> created = site.post("/api/admin/accounts", JSON, "{\"email\": \"" + email
                + "\", \"displayName\": \"Test " + role + "\", \"role\": \"" + role + "\", \"password\": \"" + PASSWORD
                + "-right\"}", "Authorization", basic(ADMINISTRATOR, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return created;
    }
}
