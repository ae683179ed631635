package org.hrcities.platform.adapter.in.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
