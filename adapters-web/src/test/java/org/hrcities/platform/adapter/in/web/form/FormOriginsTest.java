package org.hrcities.platform.adapter.in.web.form;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormOriginsTest {

    private static final String HOST = "hrcities.example:8443";

    @Test
    void a_browser_that_says_same_origin_or_that_the_visitor_made_the_request_is_from_this_site() {
        assertTrue(FormOrigins.isFromThisSite("same-origin", "https://hrcities.example:8443", HOST));
        assertTrue(FormOrigins.isFromThisSite("none", null, HOST));
        assertTrue(FormOrigins.isFromThisSite(" Same-Origin ", null, HOST));
    }

    @Test
    void a_browser_that_says_another_site_or_a_sibling_subdomain_sent_it_is_refused_whatever_its_origin() {
        assertFalse(FormOrigins.isFromThisSite("cross-site", "https://evil.example", HOST));
        assertFalse(FormOrigins.isFromThisSite("same-site", "https://blog.hrcities.example", HOST));
        assertFalse(FormOrigins.isFromThisSite("cross-site", "https://hrcities.example:8443", HOST),
                "fetch metadata wins over an origin that a page cannot forge anyway");
    }

    @Test
    void without_fetch_metadata_the_origin_must_name_this_host() {
        assertTrue(FormOrigins.isFromThisSite(null, "https://hrcities.example:8443", HOST));
        assertFalse(FormOrigins.isFromThisSite(null, "https://evil.example", HOST));
        assertFalse(FormOrigins.isFromThisSite("", "https://hrcities.example", HOST), "another port is another origin");
        assertFalse(FormOrigins.isFromThisSite(null, "null", HOST), "an opaque origin (sandboxed frame, data: page)");
        assertFalse(FormOrigins.isFromThisSite(null, "javascript:alert(1)", HOST));
    }

    @Test
    void a_post_without_any_of_the_browsers_headers_comes_from_no_browser_and_is_taken() {
        assertTrue(FormOrigins.isFromThisSite(null, null, HOST));
        assertTrue(FormOrigins.isFromThisSite(" ", "", HOST));
    }
}
