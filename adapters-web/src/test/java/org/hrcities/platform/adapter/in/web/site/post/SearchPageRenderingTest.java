package org.hrcities.platform.adapter.in.web.site.post;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;
import org.hrcities.platform.domain.search.Snippet;
import org.hrcities.platform.domain.search.Snippet.Segment;
import org.junit.jupiter.api.Test;

/** The search page prints each passage's text escaped and only the matches as marks. */
class SearchPageRenderingTest {

    private static final URI CANONICAL = URI.create("https://news.example.org/search?q=housing");

    @Test
    void prints_a_passage_escaped_with_its_matches_marked() {
        Snippet snippet = new Snippet(List.of(new Segment("<script>alert(1)</script> & the ", false),
                new Segment("housing", true), new Segment(" <b>report</b>", false)));

        String html = render(snippet, "Housing <script>alert(2)</script>");

        assertTrue(html.contains("<p class=\"snippet\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; the <mark>housing</mark>"
                + " &lt;b&gt;report&lt;/b&gt;</p>"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<b>report"), html);
    }

    @Test
    void escapes_a_match_that_holds_markup_itself() {
        String html = render(new Snippet(List.of(new Segment("<img src=x onerror=alert(1)>", true))), "Title");

        assertTrue(html.contains("<mark>&lt;img src=x onerror=alert(1)&gt;</mark>"), html);
        assertFalse(html.contains("<img src=x"), html);
    }

    @Test
    void shows_the_excerpt_when_there_is_no_passage() {
        String html = render(Snippet.NONE, "Title");

        assertTrue(html.contains("<p>An excerpt.</p>"), html);
        assertFalse(html.contains("class=\"snippet\""), html);
    }

    private static String render(Snippet snippet, String title) {
        PostCard card = new PostCard("a-post", title, "An excerpt.", Instant.parse("2024-03-01T08:00:00Z"), List.of(), 0);
        SearchPage page = new SearchPage("housing", true, List.of(new SearchPage.Result(card, snippet)), 1,
                new Pager(1, 1, null, null), null);
        return new String(Templates.render("search.jte", page, CANONICAL), StandardCharsets.UTF_8);
    }
}
