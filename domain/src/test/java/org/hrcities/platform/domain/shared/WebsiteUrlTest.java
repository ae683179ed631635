package org.hrcities.platform.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd", "ftp://example.org", "https://", "http://user:pw@example.org",
            "https://exa mple.org", "https://example.org/\"onmouseover=\"x", "mailto:a@example.org"})
    void refuses_addresses_that_are_not_plain_web_sites(String value) {
        assertThrows(InvalidValueException.class, () -> WebsiteUrl.parse(value));
    }

    @Test
    void takes_an_address_without_scheme_as_https() {
        assertEquals("https://example.org/about", WebsiteUrl.parse("  example.org/about ").value());
        assertEquals("https://example.org:8443/", WebsiteUrl.parse("example.org:8443/").value());
    }

    @Test
    void keeps_http_and_https_addresses_as_given() {
        assertEquals("http://graz.at/menschenrechte", WebsiteUrl.parse("http://graz.at/menschenrechte").value());
    }

    @Test
    void refuses_addresses_over_200_characters() {
        String longAddress = "https://example.org/" + "a".repeat(WebsiteUrl.MAX_LENGTH);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> WebsiteUrl.parse(longAddress));
        assertEquals("website", e.field());
    }
}
