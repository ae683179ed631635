package org.hrcities.platform.adapter.in.web.error;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void renders_a_page_that_says_what_went_wrong() {
        String html = new String(ErrorPage.forStatus(404, null).render(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Page not found</h1>"), html);
        assertTrue(html.contains("<html lang=\"en\">"), html);
    }
}
