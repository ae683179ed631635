package org.hrcities.platform.adapter.in.web.admin.post;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.junit.jupiter.api.Test;

/** The post form offers every topic as a checkbox (no script needed), ticked as the post is filed. */
class PostFormRenderingTest {

    private static final AdminNav NAV = new AdminNav("Anna", "editor", "posts", "A".repeat(43), true, false, false,
            false, false, false, true, true);

    private static String render(List<PostForm.TopicChoice> topics, Map<String, String> errors) {
        PostForm form = new PostForm(NAV, null, 0, "Title", "", "Body.", "", List.of(), topics, true, "Anna", "",
                "Europe/Brussels", null, List.of(), null, null, null, errors, null, null, null);
        return new String(Templates.render("admin/post.jte", form), StandardCharsets.UTF_8);
    }

    @Test
    void offers_each_topic_as_a_labelled_checkbox_ticked_when_the_post_is_filed_under_it() {
        String html = render(List.of(new PostForm.TopicChoice("housing", "Housing", true),
                new PostForm.TopicChoice("poverty", "Poverty & <b>rights</b>", false)), Map.of());

        assertTrue(html.contains("<fieldset class=\"field\" id=\"field-topics\">"), html);
        assertTrue(html.contains("<input id=\"topic-housing\" name=\"topics\" type=\"checkbox\" value=\"housing\" checked>"), html);
        assertTrue(html.contains("<input id=\"topic-poverty\" name=\"topics\" type=\"checkbox\" value=\"poverty\">"), html);
        assertTrue(html.contains("<label for=\"topic-poverty\">Poverty &amp; &lt;b&gt;rights&lt;/b&gt;</label>"), html);
    }

    @Test
    void shows_no_fieldset_while_there_is_no_topic() {
        assertFalse(render(List.of(), Map.of()).contains("field-topics"));
    }

    @Test
    void says_what_was_wrong_with_the_topics_beside_them() {
        String html = render(List.of(new PostForm.TopicChoice("housing", "Housing", true)),
                Map.of("topics", "No topic has the slug \"gone\"."));

        assertTrue(html.contains("<p class=\"field-error\" id=\"topics-error\">No topic has the slug \"gone\".</p>"), html);
        assertTrue(html.contains("<a href=\"#field-topics\">"), "the summary links to the fieldset");
    }
}
