package org.hrcities.platform.adapter.in.web.admin.topic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;

/** The editors' list of topics and the topic form, as rendered: CSRF-protected, escaped, linked to the public pages. */
class TopicAdminRenderingTest {

    private static final String TOKEN = "T".repeat(43);
    private static final AdminNav NAV = new AdminNav("Anna", "editor", "topics", TOKEN, true, false, false, false, false, false,
            true, true);

    private static String render(String template, Object model) {
        return new String(Templates.render(template, model), StandardCharsets.UTF_8);
    }

    @Test
    void lists_each_topic_with_links_to_its_form_and_its_public_page_and_marks_the_section() {
        Topic topic = Topic.reconstitute(TopicId.generate(), new Slug("housing"), "Housing <i>first</i>", "", 2);

        String html = render("admin/topics.jte", new TopicsAdminPage(NAV, List.of(topic), "The topic was saved."));

        assertTrue(html.contains("<a href=\"/admin/topics/" + topic.id() + "\">Housing &lt;i&gt;first&lt;/i&gt;</a>"), html);
        assertTrue(html.contains("<a href=\"/topics/housing\">"), html);
        assertTrue(html.contains("<a href=\"/admin/topics\" aria-current=\"page\">Topics</a>"), html);
        assertTrue(html.contains("The topic was saved."), html);
    }

    @Test
    void the_form_carries_the_token_and_the_version_read_and_keeps_what_was_typed_escaped() {
        TopicForm form = new TopicForm(NAV, "b6f1c1de-6a8f-4a70-9c33-4f7a0d6c1e2a", 3, "\"><script>alert(1)</script>",
                "housing", "</textarea><script>alert(2)</script>", "/topics/housing",
                Map.of("name", "Name must be on one line."), null);

        String html = render("admin/topic.jte", form);

        assertTrue(html.contains("<form method=\"post\" action=\"/admin/topics/b6f1c1de-6a8f-4a70-9c33-4f7a0d6c1e2a\""), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"version\" value=\"3\">"), html);
        assertFalse(html.contains("<script>alert"), "nothing typed gets through as markup");
        assertTrue(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;</textarea>"), html);
        assertTrue(html.contains("<a href=\"#field-name\">Name must be on one line.</a>"), html);
        assertTrue(html.contains("aria-invalid=\"true\""), html);
    }

    @Test
    void a_new_topics_form_posts_to_the_list() {
        String html = render("admin/topic.jte", new TopicForm(NAV, null, 0, "", "", "", null, Map.of(), null));

        assertTrue(html.contains("<form method=\"post\" action=\"/admin/topics\""), html);
        assertTrue(html.contains("Leave empty to make it from the name."), html);
    }
}
