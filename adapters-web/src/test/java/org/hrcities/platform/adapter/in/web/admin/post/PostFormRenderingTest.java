package org.hrcities.platform.adapter.in.web.admin.post;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminTexts;
import org.hrcities.platform.adapter.in.web.admin.ContentLanguage;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.junit.jupiter.api.Test;

/**
 * The post form offers every topic as a checkbox (no script needed), ticked as the post is filed, and
 * the post's language with its translations.
 */
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
    void the_translations_box_speaks_french_links_each_translation_and_starts_a_missing_one_with_a_token() {
        SiteLanguages site = SiteLanguages.parse("en,fr,de");
        ContentLanguage language = ContentLanguage.of(site, new Language("en"), List.of(
                new ContentLanguage.Translation("fr", "Français", "/admin/posts/f1", "published", "Bonne année", null),
                new ContentLanguage.Translation("de", "Deutsch", null, null, null, "/admin/posts/e1/translations")));
        PostForm form = new PostForm(NAV, "e1", 2, "Happy New Year", "", "Body.", "happy-new-year", List.of(), List.of(),
                true, "Anna", "", "Europe/Brussels", "DRAFT", List.of(), null, null, null, Map.of(), null, null, null,
                FeaturedImageField.none(), language);

        String html = new String(Templates.render("admin/post.jte", form,
                Map.of("t", AdminTexts.of(new Language("fr")))), StandardCharsets.UTF_8);

        assertTrue(html.contains("<dt>Langue</dt><dd lang=\"en\">English</dd>"), html);
        assertTrue(html.contains("<h2 id=\"translations-title\">Traductions</h2>"), html);
        assertTrue(html.contains("<span lang=\"fr\">Français</span>: <a href=\"/admin/posts/f1\" lang=\"fr\">Bonne année</a>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/admin/posts/e1/translations\">"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"token\" value=\"" + "A".repeat(43) + "\">\n"
                + "<input type=\"hidden\" name=\"language\" value=\"de\">"), html);
        assertTrue(html.contains("<button type=\"submit\" class=\"secondary\">Traduire en <span lang=\"de\">Deutsch</span></button>"), html);
        assertFalse(html.contains("field-language"), "a stored post keeps its language");
    }

    @Test
    void a_new_post_offers_the_sites_languages_each_in_its_own_name() {
        PostForm form = new PostForm(NAV, null, 0, "", "", "", "", List.of(), List.of(), true, "Anna", "",
                "Europe/Brussels", null, List.of(), null, null, null, Map.of(), null, null, null,
                FeaturedImageField.none(), ContentLanguage.choosing(SiteLanguages.parse("en,fr,de"), new Language("fr")));

        String html = new String(Templates.render("admin/post.jte", form), StandardCharsets.UTF_8);

        assertTrue(html.contains("<label for=\"field-language\">Language</label>"), html);
        assertTrue(html.contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>"), html);
        assertTrue(html.contains("<option value=\"de\" lang=\"de\">Deutsch</option>"), html);
        assertFalse(html.contains("translations-title"), html);
    }

    @Test
    void says_what_was_wrong_with_the_topics_beside_them() {
        String html = render(List.of(new PostForm.TopicChoice("housing", "Housing", true)),
                Map.of("topics", "No topic has the slug \"gone\"."));

        assertTrue(html.contains("<p class=\"field-error\" id=\"topics-error\">No topic has the slug \"gone\".</p>"), html);
        assertTrue(html.contains("<a href=\"#field-topics\">"), "the summary links to the fieldset");
    }
}
