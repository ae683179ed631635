package org.hrcities.platform.adapter.in.web.admin.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.junit.jupiter.api.Test;

/** The editors' list of pages and the page form, as rendered: CSRF-protected, escaped, linked to the site. */
class SitePageAdminRenderingTest {

    private static final String TOKEN = "T".repeat(43);
    private static final AdminNav NAV = new AdminNav("Anna", "editor", "pages", TOKEN, true, false, false, false, false,
            false, true, true);

    private static String render(String template, Object model) {
        return new String(Templates.render(template, model), StandardCharsets.UTF_8);
    }

    @Test
    void lists_each_page_with_its_status_and_menu_position_and_marks_the_section() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About <i>us</i>", 3);
        SitePage draft = SitePageFixtures.aboutDraft();

        String html = render("admin/pages.jte", new SitePagesAdminPage(NAV, List.of(about, draft), "The page was saved."));

        assertTrue(html.contains("<a href=\"/admin/pages/" + about.id() + "\">About &lt;i&gt;us&lt;/i&gt;</a>"), html);
        assertTrue(html.contains("<td>Published</td>") && html.contains("<td>Draft</td>"), html);
        assertTrue(html.contains("<td>3</td>") && html.contains("<td>Not in the menu</td>"), html);
        assertTrue(html.contains("<a href=\"/pages/about\">"), html);
        assertTrue(html.contains("<a href=\"/admin/pages\" aria-current=\"page\">Pages</a>"), html);
        assertTrue(html.contains("The page was saved."), html);
    }

    @Test
    void the_form_carries_the_token_and_the_version_read_and_keeps_what_was_typed_escaped() {
        SitePageForm form = new SitePageForm(NAV, "b6f1c1de-6a8f-4a70-9c33-4f7a0d6c1e2a", 3,
                "\"><script>alert(1)</script>", "about", "</textarea><b>body</b>", true, "x",
                "/pages/about", Map.of("menuPosition", "Enter the position in the menu as a whole number."), null);

        String html = render("admin/page.jte", form);

        assertTrue(html.contains("name=\"token\" value=\"" + TOKEN + "\""), html);
        assertTrue(html.contains("name=\"version\" value=\"3\""), html);
        assertFalse(html.contains("<script>alert(1)</script>"), html);
        assertFalse(html.contains("</textarea><b>"), html);
        assertTrue(html.contains("id=\"status-published\" name=\"status\" type=\"radio\" value=\"published\" checked"), html);
        assertTrue(html.contains("<p class=\"field-error\" id=\"menuPosition-error\">"), html);
        assertTrue(html.contains("action=\"/admin/pages/b6f1c1de-6a8f-4a70-9c33-4f7a0d6c1e2a\""), html);
    }

    @Test
    void the_navigation_shows_pages_only_to_those_who_may_write_posts() {
        AdminNav moderator = new AdminNav("Eva", "moderator", "comments", TOKEN, false, true, false, false, false, false,
                false, false);
        String html = render("admin/pages.jte", new SitePagesAdminPage(moderator, List.of(), null));
        assertFalse(html.contains("href=\"/admin/pages\" aria-current"), html);
        assertFalse(html.contains("<a href=\"/admin/pages\">Pages</a>"), html);
    }
}
