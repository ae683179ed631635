package org.hrcities.platform.adapter.in.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @Test
    void renders_the_markdown_an_article_needs() {
        String html = Markdown.toHtml("# Title\n\nSome *emphasis*, **strength** and a [link](https://example.org).\n\n"
                + "- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").value();
        assertTrue(html.contains("<h2>Title</h2>"), "the page's h1 is the post title: " + html);
        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertTrue(html.contains("<strong>strength</strong>"), html);
        assertTrue(html.matches("(?s).*<a href=\"https://example.org\" rel=\"(noopener noreferrer|noreferrer noopener)\">link</a>.*"),
                "links keep their address and get rel=noopener noreferrer (in either order): " + html);
        assertTrue(html.contains("<li>one</li>"), html);
        assertTrue(html.contains("<td>1</td>"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "![x](javascript:alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"})
    void leaves_nothing_that_could_run(String markdown) {
        String html = Markdown.toHtml(markdown).value().toLowerCase(java.util.Locale.ROOT);
        for (String tag : TAG.matcher(html).results().map(java.util.regex.MatchResult::group).toList()) {
            assertFalse(tag.startsWith("<script") || tag.startsWith("<iframe"), tag);
            assertFalse(EVENT_HANDLER.matcher(tag).find(), tag);
            assertFalse(tag.contains("style="), tag);
            assertFalse(tag.matches("(?s).*(href|src)=\"(?!https?:|mailto:|\").*"), "only web and mail links, or none: " + tag);
        }
    }

    /** Real tags only: escaped markup (&lt;...) is text and harmless. */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[a-z][^>]*>");
    private static final java.util.regex.Pattern EVENT_HANDLER = java.util.regex.Pattern.compile("\\son[a-z]+\\s*=");

    @Test
    void raw_html_in_the_body_is_shown_as_text() {
        assertEquals("<p>&lt;b&gt;bold&lt;/b&gt;</p>\n", Markdown.toHtml("<b>bold</b>").value());
    }

    @Test
    void renders_an_image_alone_in_its_paragraph_with_a_title_as_a_figure() {
        String html = Markdown.toHtml("Before.\n\n![A view of Graz](https://example.org/graz.jpg \"Graz, from the Schlossberg\")\n\nAfter.\n").value();
        Document document = Jsoup.parseBodyFragment(html);
        Element figure = document.selectFirst("body > figure");
        assertTrue(figure != null, html);
        assertEquals(List.of("img", "figcaption"), figure.children().stream().map(Element::tagName).toList(), html);
        Element image = figure.selectFirst("img");
        assertEquals("https://example.org/graz.jpg", image.attr("src"));
        assertEquals("A view of Graz", image.attr("alt"));
        assertFalse(image.hasAttr("title"), "the title is the caption, not a tooltip as well: " + html);
        assertEquals("Graz, from the Schlossberg", figure.selectFirst("figcaption").text());
        assertEquals(List.of("Before.", "After."), document.select("body > p").eachText(), html);
    }

    @Test
    void escapes_markup_in_a_figure_caption() {
        String html = Markdown.toHtml("![x](https://example.org/x.png \"<script>alert(1)</script> & <b>bold</b>\")").value();
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script") || html.contains("<b>"), html);
        Element caption = Jsoup.parseBodyFragment(html).selectFirst("figure > figcaption");
        assertTrue(caption != null, html);
        assertEquals("<script>alert(1)</script> & <b>bold</b>", caption.text(), "shown as text: " + html);
        assertTrue(caption.children().isEmpty(), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Text before ![x](https://example.org/x.png \"A title\") and after.",
            "![x](https://example.org/x.png \"A title\") and text after.",
            "![x](https://example.org/x.png \"A title\")\n![y](https://example.org/y.png \"Another\")",
            "[![x](https://example.org/x.png \"A title\")](https://example.org/)"})
    void keeps_an_image_among_other_content_a_plain_image(String markdown) {
        String html = Markdown.toHtml(markdown).value();
        Document document = Jsoup.parseBodyFragment(html);
        assertTrue(document.select("figure, figcaption").isEmpty(), html);
        assertEquals("A title", document.selectFirst("p img").attr("title"), html);
    }

    @Test
    void keeps_an_image_without_a_title_a_plain_image() {
        assertEquals("<p><img src=\"https://example.org/x.png\" alt=\"x\" /></p>\n",
                Markdown.toHtml("![x](https://example.org/x.png)").value());
    }

    @Test
    void renders_a_figure_in_a_list_item_and_keeps_its_address_checked() {
        Document document = Jsoup.parseBodyFragment(Markdown.toHtml(
                "- ![a](https://example.org/a.png \"In a list\")\n\n![b](javascript:alert(1) \"Bad address\")").value());
        assertEquals("In a list", document.selectFirst("li > figure > figcaption").text());
        Element bad = document.select("figure").get(1);
        assertFalse(bad.selectFirst("img").attr("src").toLowerCase(java.util.Locale.ROOT).contains("javascript"), bad.outerHtml());
    }

    /** The largest body a post may have is 200,000 bytes. */
    private static final int LARGE = 199_000;

    @Test
    void keeps_the_rendered_bodies_within_their_memory_budget_however_many_large_bodies_are_rendered() {
        long renderedChars = 0;
        for (int i = 0; i < 48; i++) {
            String body = largeBody("budget " + i);
            renderedChars += body.length() + Markdown.toHtml(body).value().length();
            long held = heldBytes();
            assertTrue(held <= Markdown.CACHE_BUDGET_BYTES, "after " + (i + 1) + " bodies the cache holds " + held + " bytes");
        }
        assertTrue(2 * renderedChars > 2 * Markdown.CACHE_BUDGET_BYTES, "twice as much was rendered as the budget holds");
        assertTrue(heldBytes() > Markdown.CACHE_BUDGET_BYTES / 2, "it still keeps bodies, up to its budget: " + heldBytes());
    }

    @Test
    void a_body_evicted_from_the_cache_renders_as_it_did_before() {
        String body = largeBody("evicted");
        String first = Markdown.toHtml(body).value();
        int others = 0;
        while (Markdown.cached().containsKey(body)) {
            Markdown.toHtml(largeBody("pushing out " + others++));
            assertTrue(others < 200, "the body never left the cache");
        }
        assertEquals(first, Markdown.toHtml(body).value());
        assertTrue(first.contains("<h2>evicted</h2>") && first.contains("&lt;b&gt;") && first.contains("<em>emphasis</em>"), 
                "rendered, not just kept: " + first.substring(0, 200));
    }

    /** What the cached texts take at two bytes a character, counted from the texts themselves. */
    private static long heldBytes() {
        long chars = 0;
        for (Map.Entry<String, SafeHtml> entry : Markdown.cached().entrySet()) {
            chars += entry.getKey().length() + entry.getValue().value().length();
        }
        return 2 * chars;
    }

    /** A body of about 200,000 characters, unlike any other with another name, with markup and text that is not Latin-1. */
    private static String largeBody(String name) {
        StringBuilder body = new StringBuilder("# ").append(name).append("\n\n");
        for (int i = 0; body.length() < LARGE; i++) {
            body.append("Paragraph ").append(i).append(" of ").append(name).append(" with *emphasis*, <b>raw markup</b> & a ")
                    .append("[link](https://example.org/").append(i).append("), in Łódź for 5 €.\n\n");
        }
        return body.toString();
    }
}
