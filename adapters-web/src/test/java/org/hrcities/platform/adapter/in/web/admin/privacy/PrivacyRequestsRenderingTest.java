package org.hrcities.platform.adapter.in.web.admin.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.junit.jupiter.api.Test;

/** The administrators' privacy requests page, as rendered. */
class PrivacyRequestsRenderingTest {

    private static final String TOKEN = "T".repeat(43);
    private static final AdminNav NAV = new AdminNav("Ada", "administrator", "privacy", TOKEN, true, true, true, true, true,
            true, true, true, true);

    private static String render(PrivacyRequestsPage page) {
        return new String(Templates.render("admin/privacyRequests.jte", page), StandardCharsets.UTF_8);
    }

    @Test
    void lists_the_requests_with_their_states_and_offers_the_form_with_the_token() {
        String html = render(new PrivacyRequestsPage(NAV, List.of(new PrivacyRequestsPage.Row("<b>karin</b>@example.org",
                "Erasure", "the person", "Completed", "6 Dec 2026, 08:00", "6 Dec 2026, 08:05", "6 Dec 2026, 08:05",
                "2 anonymised, 0 deleted")), true, "", "export", null, null, null));

        assertTrue(html.contains("<a href=\"/admin/privacy\" aria-current=\"page\">Privacy requests</a>"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">"), html);
        assertTrue(html.contains("&lt;b&gt;karin&lt;/b&gt;@example.org"), html);
        assertTrue(html.contains("2 anonymised, 0 deleted"), html);
        assertTrue(html.contains("id=\"kind-export\" name=\"kind\" value=\"export\" checked"), html);
    }

    @Test
    void without_mail_there_is_no_form_and_a_refused_address_is_shown_with_its_message() {
        String noMail = render(new PrivacyRequestsPage(NAV, List.of(), false, "", "export", null, null, null));
        assertFalse(noMail.contains("action=\"/admin/privacy\""), noMail);
        assertTrue(noMail.contains("sends no email"), noMail);

        String refused = render(new PrivacyRequestsPage(NAV, List.of(), true, "nope", "erasure",
                "Enter the person's email address, such as name@example.org.", null, null));
        assertTrue(refused.contains("role=\"alert\""), refused);
        assertTrue(refused.contains("value=\"nope\""), refused);
        assertTrue(refused.contains("aria-invalid=\"true\""), refused);
        assertTrue(refused.contains("id=\"kind-erasure\" name=\"kind\" value=\"erasure\" checked"), refused);
    }
}
