package org.hrcities.platform.adapter.in.web.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Post bodies: Markdown rendered by commonmark (raw HTML in the Markdown is escaped, not passed
 * through) and the result sanitised by the OWASP HTML sanitiser to the elements an article needs.
 * An image alone in its paragraph with a title, {@code ![alt](src "caption")}, is a figure with that
 * caption ({@link ImageFigures}).
 * Rendered bodies are kept by their source text, as a post is read far more often than written.
 * <p>
 * The cache is bounded by the memory it holds, not by a count: a body may be anything from a line
 * to 200,000 bytes (and its HTML longer still, {@code <} becoming {@code &lt;}), so a count of
 * entries could mean a few kilobytes or more than the whole heap. Each entry weighs what its two
 * strings take at most (two bytes a character, as Java stores any text that is not Latin-1) plus a
 * fixed overhead, and together they stay within {@link #CACHE_BUDGET_BYTES}; beyond it the entries
 * least likely to be read again go (Caffeine's frequency and recency), and such a body is rendered
 * again, the same way, when it is next needed. Eviction runs on the rendering thread, not a pool:
 * the budget holds when a call returns, give or take the bodies other threads are adding at that moment.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(), ImageFigures.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    /** What an article may hold. Links get rel="noopener noreferrer"; images only over https. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote",
                    "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub",
                    "figure", "figcaption")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("title").onElements("a")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("start").onElements("ol")
            .toFactory();

    /** The most memory the rendered bodies and their sources may take together: 16 MiB, about 6% of a 256 MB heap. */
    static final long CACHE_BUDGET_BYTES = 16L * 1024 * 1024;
    /** What an entry costs beyond its characters: two Strings and their arrays, the SafeHtml, the cache's nodes. */
    static final int ENTRY_OVERHEAD_BYTES = 200;
    private static final Cache<String, SafeHtml> RENDERED = Caffeine.newBuilder()
            .maximumWeight(CACHE_BUDGET_BYTES)
            .weigher(Markdown::weight)
            .executor(Runnable::run)
            .build();

    private Markdown() {
    }

    /** The post body as safe HTML. Headings start at h2: the post's title is the page's only h1. */
    public static SafeHtml toHtml(String markdown) {
        SafeHtml cached = RENDERED.getIfPresent(markdown);
        if (cached != null) {
            return cached;
        }
        String html = RENDERER.render(PARSER.parse(markdown))
                .replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        SafeHtml safe = new SafeHtml(POLICY.sanitize(html));
        RENDERED.put(markdown, safe);
        return safe;
    }

    /**
     * The text of a body without its markup, for what is plain text by definition (a calendar's
     * DESCRIPTION, schema.org's description): links keep their text, images their alternative text.
     */
    public static String toPlainText(String markdown) {
        return PLAIN.render(PARSER.parse(markdown)).strip();
    }

    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    /** The bytes an entry may take at most: both texts at two bytes a character, and the overhead. */
    static int weight(String markdown, SafeHtml html) {
        long bytes = 2L * markdown.length() + 2L * html.value().length() + ENTRY_OVERHEAD_BYTES;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** The bodies kept now, by their source (a copy). */
    static Map<String, SafeHtml> cached() {
        return Map.copyOf(RENDERED.asMap());
    }
}
