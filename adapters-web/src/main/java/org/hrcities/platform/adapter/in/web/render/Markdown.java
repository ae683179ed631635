package org.hrcities.platform.adapter.in.web.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Post bodies: Markdown rendered by commonmark (raw HTML in the Markdown is escaped, not passed
 * through) and the result sanitised by the OWASP HTML sanitiser to the elements an article needs.
 * Rendered bodies are kept by their source text, as a post is read far more often than written.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    /** What an article may hold. Links get rel="noopener noreferrer"; images only over https. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote",
                    "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("title").onElements("a")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("start").onElements("ol")
            .toFactory();

    private static final int CACHE_LIMIT = 2_000;
    private static final Map<String, SafeHtml> RENDERED = new ConcurrentHashMap<>();

    private Markdown() {
    }

    /** The post body as safe HTML. Headings start at h2: the post's title is the page's only h1. */
    public static SafeHtml toHtml(String markdown) {
        SafeHtml cached = RENDERED.get(markdown);
        if (cached != null) {
            return cached;
        }
        String html = RENDERER.render(PARSER.parse(markdown))
                .replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        SafeHtml safe = new SafeHtml(POLICY.sanitize(html));
        if (RENDERED.size() >= CACHE_LIMIT) {
            RENDERED.clear();
        }
        RENDERED.put(markdown, safe);
        return safe;
    }
}
