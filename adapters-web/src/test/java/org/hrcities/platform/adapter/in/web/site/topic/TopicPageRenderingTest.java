package org.hrcities.platform.adapter.in.web.site.topic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.site.CityLink;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;
import org.hrcities.platform.adapter.in.web.site.TopicLink;
import org.junit.jupiter.api.Test;

/** A topic's page: its name, what it covers rendered from Markdown, its posts as cards, its feed; all of it escaped. */
class TopicPageRenderingTest {

    private static final PostCard CARD = new PostCard("housing-first", "Housing first", "Homes before everything.",
            Instant.parse("2022-02-07T09:00:00Z"), List.of(new CityLink("vienna", "Vienna")), 2);

    private static String render(TopicLink topic, String description, List<PostCard> posts, Pager pager) {
        TopicPage page = new TopicPage(topic, Markdown.toHtml(description), posts, posts.size(), pager);
        URI canonical = URI.create("https://news.example.org" + topic.href() + (pager.page() > 1 ? "?page=" + pager.page() : ""));
        return new String(Templates.render("topic.jte", page, canonical), StandardCharsets.UTF_8);
    }

    @Test
    void shows_the_topic_what_it_covers_and_its_posts_with_their_cities_and_comment_counts() {
        String html = render(new TopicLink("housing", "Housing"), "Homes for **everyone**.", List.of(CARD),
                new Pager(1, 1, null, null));

        assertTrue(html.contains("<title>Housing – Human Rights Cities Network</title>"), html);
        assertTrue(html.contains("<h1>Housing</h1>"), html);
        assertTrue(html.contains("<strong>everyone</strong>"), "the description is Markdown");
        assertTrue(html.contains("<h3><a href=\"/posts/housing-first\">Housing first</a></h3>"), html);
        assertTrue(html.contains("<a href=\"/cities/vienna\">Vienna</a>"), "each post with its cities");
        assertTrue(html.contains("2 comments"), "and its comment count");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://news.example.org/topics/housing\">"), html);
    }

    @Test
    void links_to_its_feed_in_the_head_and_on_the_page() {
        String html = render(new TopicLink("housing", "Housing"), "", List.of(CARD), new Pager(1, 1, null, null));

        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Posts about Housing\" "
                + "href=\"/topics/housing/feed.xml\">"), html);
        assertTrue(html.contains("<a href=\"/topics/housing/feed.xml\">"), html);
    }

    @Test
    void a_topic_without_posts_or_description_says_there_are_none_yet() {
        String html = render(new TopicLink("housing", "Housing"), "", List.of(), new Pager(1, 0, null, null));

        assertTrue(html.contains("No posts about Housing yet."), html);
        assertFalse(html.contains("topic-description"), "no empty description");
        assertFalse(html.contains("class=\"pager\""), "no pager for one page");
    }

    @Test
    void pages_through_many_posts() {
        String html = render(new TopicLink("housing", "Housing"), "", List.of(CARD),
                new Pager(2, 3, "/topics/housing", "/topics/housing?page=3"));

        assertTrue(html.contains("<a rel=\"prev\" href=\"/topics/housing\">"), html);
        assertTrue(html.contains("<a rel=\"next\" href=\"/topics/housing?page=3\">"), html);
        assertTrue(html.contains("href=\"https://news.example.org/topics/housing?page=2\""), html);
    }

    @Test
    void a_hostile_name_and_description_are_shown_inert() {
        String html = render(new TopicLink("hostile", "<script>alert(1)</script>"),
                "<script>alert(2)</script> [x](javascript:alert(3)) <img src=x onerror=alert(4)>", List.of(),
                new Pager(1, 0, null, null));

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("href=\"javascript:"), "no script address as a link");
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), html);
    }
}
