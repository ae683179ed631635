package org.hrcities.platform.adapter.in.web.admin.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.junit.jupiter.api.Test;

/**
 * The editors' list of events and the event form, as rendered: CSRF-protected, escaped, each error
 * beside its field and linked from the summary, the section marked in the navigation.
 */
class EventAdminRenderingTest {

    private static final AdminNav NAV = EventAdminPagesResourceTest.NAV;
    private static final String TOKEN = NAV.token();
    private static final String ID = "b6f1c1de-6a8f-4a70-9c33-4f7a0d6c1e2a";

    private static String render(String template, Object model) {
        return new String(Templates.render(template, model), StandardCharsets.UTF_8);
    }

    private static EventForm stored(Map<String, String> errors, String formError, boolean published, String status) {
        return new EventForm(NAV, ID, 3, published, status, "Wed 20 January 2021, 14:00–16:00 (Europe/Brussels)", null,
                published ? "/events/roundtable" : null, "\"><script>alert(1)</script>", "roundtable",
                "</textarea><script>alert(2)</script>", "Europe/Brussels", false, "2021-03-28", "02:30", "2021-03-28",
                "04:00", "", "", "https://meet.example/r", "", List.of(new EventForm.Choice("c1", "Graz", true)),
                List.of(new EventForm.Choice("c1", "Graz", false)), List.of(new EventForm.Choice("p1", "News (published)", true)),
                List.of("Europe/Brussels", "Europe/Vienna"), EventForm.Postponement.NONE, errors, formError, null);
    }

    @Test
    void the_navigation_links_the_events_for_members_who_manage_them() {
        String html = render("admin/events.jte", new EventsAdminPage(NAV, List.of(), 0, 1, 0, null, null, null));

        assertTrue(html.contains("<a href=\"/admin/events\" aria-current=\"page\">Events</a>"), html);
        AdminNav writer = new AdminNav("Bo", "author", "posts", TOKEN, true, false, false, false, false, false, true, true);
        assertFalse(render("admin/events.jte", new EventsAdminPage(writer, List.of(), 0, 1, 0, null, null, null))
                .contains("href=\"/admin/events\" "), "no link without the permission");
    }

    @Test
    void lists_each_event_with_its_date_status_and_links() {
        EventsAdminPage page = new EventsAdminPage(NAV, List.of(new EventsAdminPage.Row(ID, "Roundtable <b>",
                "Wed 20 January 2021, 14:00–16:00 (Europe/Brussels)", "2021-01-20T13:00:00Z", "Published", "Postponed",
                "/events/roundtable")), 21, 1, 2, null, "/admin/events?page=2", "The event was saved.");

        String html = render("admin/events.jte", page);

        assertTrue(html.contains("<a href=\"/admin/events/" + ID + "\">Roundtable &lt;b&gt;</a>"), html);
        assertTrue(html.contains("<time datetime=\"2021-01-20T13:00:00Z\">Wed 20 January 2021, 14:00–16:00 (Europe/Brussels)</time>"), html);
        assertTrue(html.contains("Published</span> · Postponed"), html);
        assertTrue(html.contains("<a href=\"/events/roundtable\">View"), html);
        assertTrue(html.contains("<a rel=\"next\" href=\"/admin/events?page=2\">"), html);
        assertTrue(html.contains("<a class=\"button\" href=\"/admin/events/new\">New event</a>"), html);
    }

    @Test
    void the_form_shows_each_error_beside_its_field_keeps_what_was_typed_escaped_and_names_the_version() {
        String html = render("admin/event.jte", stored(Map.of("start",
                "Start 28 March 2021 02:30 does not exist in Europe/Brussels."), null, false, "SCHEDULED"));

        assertTrue(html.contains("<title>Error: Edit"), html);
        assertTrue(html.contains("<a href=\"#field-start\">Start 28 March 2021 02:30 does not exist in Europe/Brussels.</a>"), html);
        assertTrue(html.contains("<p class=\"field-error\" id=\"start-error\">"), html);
        assertTrue(html.contains("id=\"field-start\" name=\"startDate\" type=\"date\" required value=\"2021-03-28\" aria-invalid=\"true\" aria-describedby=\"start-error\""), html);
        assertTrue(html.contains("name=\"startTime\" type=\"time\" value=\"02:30\""), html);
        assertFalse(html.contains("<script>alert"), "nothing typed gets through as markup");
        assertTrue(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;</textarea>"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"version\" value=\"3\">"), html);
        assertTrue(html.contains("<option value=\"Europe/Vienna\"></option>"), html);
        assertTrue(html.contains("id=\"organiser-c1\" name=\"organisers\" type=\"checkbox\" value=\"c1\">"), "unticked: " + html);
        assertTrue(html.contains("id=\"post-p1\" name=\"posts\" type=\"checkbox\" value=\"p1\" checked>"), html);
    }

    @Test
    void a_stored_draft_offers_publish_postpone_and_cancel_each_with_the_token_and_version() {
        String html = render("admin/event.jte", stored(Map.of(), null, false, "SCHEDULED"));

        for (String change : List.of("publish", "postpone", "cancel")) {
            assertTrue(html.contains("<form method=\"post\" action=\"/admin/events/" + ID + "/" + change + "\""), change + html);
        }
        assertFalse(html.contains("/withdraw\""), html);
        assertFalse(html.contains("/reinstate\""), html);
        assertTrue(html.contains("Draft · Scheduled"), html);
    }

    @Test
    void a_published_cancelled_event_offers_withdraw_and_reinstate_but_no_postponement() {
        String html = render("admin/event.jte", stored(Map.of(), "Someone else changed this event.", true, "CANCELLED"));

        assertTrue(html.contains("action=\"/admin/events/" + ID + "/withdraw\""), html);
        assertTrue(html.contains("action=\"/admin/events/" + ID + "/reinstate\""), html);
        assertFalse(html.contains("/postpone\""), html);
        assertTrue(html.contains("<p>Someone else changed this event.</p>"), html);
        assertTrue(html.contains("Published · Cancelled"), html);
    }

    @Test
    void a_new_events_form_posts_to_the_list_and_offers_save_and_publish() {
        EventForm blank = new EventForm(NAV, null, 0, false, null, null, null, null, "", "", "", "Europe/Brussels", false,
                "", "", "", "", "", "", "", "", List.of(), List.of(), List.of(), EventForms.ZONES,
                EventForm.Postponement.NONE, Map.of(), null, null);

        String html = render("admin/event.jte", blank);

        assertTrue(html.contains("<form method=\"post\" action=\"/admin/events\""), html);
        assertTrue(html.contains("value=\"Europe/Brussels\" aria-describedby=\"timeZone-hint\""), html);
        assertTrue(html.contains("<button type=\"submit\" name=\"action\" value=\"publish\""), html);
        assertTrue(html.contains("Leave empty to make it from the title."), html);
        assertFalse(html.contains("Publish, postpone or cancel"), html);
    }
}
