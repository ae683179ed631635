package org.hrcities.platform.adapter.in.web.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.junit.jupiter.api.Test;

/** The dashboard tells each member what waits for them: comments, reported ones, and mail that failed. */
class DashboardRenderingTest {

    private static final AdminNav ADMINISTRATOR = new AdminNav("Ada", "administrator", "dashboard", "T".repeat(43), true,
            true, true, true, true, true, true, true, true);
    private static final AdminNav MODERATOR = new AdminNav("Eva", "moderator", "dashboard", "T".repeat(43), false,
            true, false, false, false, false, false, false, false);

    private static String render(DashboardPage page) {
        return new String(Templates.render("admin/dashboard.jte", page), StandardCharsets.UTF_8);
    }

    @Test
    void administrators_are_led_to_the_reported_comments_and_the_mail_that_failed() {
        String html = render(new DashboardPage(ADMINISTRATOR, null, null, 4L, 2L, 1L));
        assertTrue(html.contains("<a href=\"/admin/comments?status=reported\">2 comments were reported by readers</a>"), html);
        assertTrue(html.contains("<a href=\"/admin/mail?state=failed\">1 message could not be delivered</a>"), html);
    }

    @Test
    void nothing_is_said_of_what_is_not_there_or_not_the_members_to_see() {
        String quiet = render(new DashboardPage(ADMINISTRATOR, null, null, 0L, 0L, 0L));
        assertFalse(quiet.contains("reported by readers"), quiet);
        assertFalse(quiet.contains("could not be delivered"), quiet);
        String moderator = render(new DashboardPage(MODERATOR, null, null, 1L, 1L, null));
        assertTrue(moderator.contains("1 comment was reported by readers"), moderator);
        assertFalse(moderator.contains("/admin/mail"), moderator);
    }
}
