package org.hrcities.platform.application.service.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.out.SiteKeyPort;
import org.junit.jupiter.api.Test;

class SignedLinksTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final SiteKeyPort keys = TestSiteKeys.seeded(7);
    private final SignedLinks links = new SignedLinks(keys, now::get);

    @Test
    void a_token_works_for_its_purpose_until_it_expires() {
        String token = links.sign("unsubscribe", "0c7f6a1e-5b7a-4f8e-9d2a-1b2c3d4e5f60", T0.plusSeconds(3600));
        assertEquals(new SignedLinks.Valid("0c7f6a1e-5b7a-4f8e-9d2a-1b2c3d4e5f60"), links.check("unsubscribe", token));
        now.set(T0.plusSeconds(3600));
        assertInstanceOf(SignedLinks.Expired.class, links.check("unsubscribe", token));
    }

    @Test
    void a_token_without_expiry_always_works_and_names_no_address() {
        String token = links.sign("unsubscribe", "abc-123", null);
        now.set(T0.plusSeconds(10L * 365 * 86400));
        assertEquals(new SignedLinks.Valid("abc-123"), links.check("unsubscribe", token));
        assertEquals(-1, token.indexOf('@'));
    }

    @Test
    void a_token_does_nothing_for_another_purpose_or_once_altered() {
        String token = links.sign("confirm-address", "abc-123", null);
        assertInstanceOf(SignedLinks.Invalid.class, links.check("unsubscribe", token));
        String payload = token.substring(0, token.indexOf('.'));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("abc-124.0".getBytes(StandardCharsets.US_ASCII)) + token.substring(token.indexOf('.'));
        assertInstanceOf(SignedLinks.Invalid.class, links.check("confirm-address", forged));
        SignedLinks otherSite = new SignedLinks(TestSiteKeys.seeded(8), now::get);
        assertInstanceOf(SignedLinks.Invalid.class, otherSite.check("confirm-address", token), "another key");
        assertEquals(payload, token.substring(0, token.indexOf('.')));
    }

    @Test
    void whatever_a_link_holds_is_answered_invalid_without_an_exception() {
        for (String token : Arrays.asList(null, "", ".", "..", "a.b.c", "%%%.###", "YWJj", "YWJj.", ".YWJj",
                "x".repeat(5_000), "YWJjLjA.AAAA", "bm8tZG90.AAAAAAAAAAAAAAAAAAAAAA")) {
            assertInstanceOf(SignedLinks.Invalid.class, links.check("unsubscribe", token), String.valueOf(token));
        }
    }

    @Test
    void refuses_subjects_that_are_not_ids() {
        for (String subject : List.of("", "reader@example.org", "a.b", "a b", "x".repeat(101))) {
            assertThrows(IllegalArgumentException.class, () -> links.sign("unsubscribe", subject, null), subject);
        }
    }
}
