package org.hrcities.platform.adapter.in.web.site.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever a visitor types as name, website and comment (any code point, lone surrogates, control
 * characters, HTML, URLs, Markdown) and whatever an editor writes as a post body, the text is either
 * refused with {@link InvalidValueException} or becomes a page that, parsed as a browser would, holds
 * nothing executable: no script, style, frame, object or embed, no {@code on*} attribute, no
 * {@code javascript:}/{@code data:}/{@code vbscript:} address. 1,000 tries per property.
 */
class HostileTextProperties {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "base", "meta", "link", "svg", "math", "template", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset",
            "xlink:href", "data", "poster", "background", "cite", "ping");
    private static final Set<String> VALIDATED_FIELDS = Set.of("name", "content", "website", "email");

    /** Fragments attackers use, to be glued together and into random text. */
    private static final List<String> FRAGMENTS = List.of(
            "<script>window.hrcXss=1</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>", "<object data=\"data:text/html,x\">",
            "<embed src=x>", "<style>body{display:none}</style>", "<a href=\"javascript:alert(1)\">x</a>",
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)' autofocus='", "\"><b>", "</p></li></ol>",
            "<!--", "-->", "<![CDATA[", "]]>", "&lt;script&gt;", "&#x3C;script&#x3E;", "&#106;avascript:", "\\u003cscript\\u003e",
            "https://example.org/?q=<script>", "http://example.org/\"onclick=alert(1)", "www.example.org/<img>",
            "https://a.example/#\"><svg onload=alert(1)>", "[x](javascript:alert(1))", "![x](javascript:alert(1))",
            "[x](data:text/html,<script>alert(1)</script>)", "<https://example.org>", "<javascript:alert(1)>",
            "[a]: javascript:alert(1)\n\n[a]", "<div onclick=alert(1)>", "<form action=javascript:alert(1)><button>",
            "<math><mi xlink:href=\"javascript:alert(1)\">", "<base href=\"javascript:/\">", "<meta http-equiv=refresh>",
            "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\ud800", "\udfff", "\ud83d\ude00",
            "\r\n", "\n", "\t", " ", "'; DROP TABLE comments; --", "1 OR 1=1", "../../etc/passwd", "%00", "%3Cscript%3E");

    @Property(tries = 1_000)
    void a_comment_is_refused_or_shown_as_inert_text(@ForAll("hostile") String name, @ForAll("hostile") String website,
                                                    @ForAll("hostile") String content, @ForAll boolean withWebsite) {
        Commenter commenter;
        CommentText text;
        try {
            commenter = new Commenter(name, EmailAddress.parse("visitor@example.org"),
                    withWebsite ? WebsiteUrl.parse(website) : null);
            text = new CommentText(content);
        } catch (InvalidValueException refused) {
            assertTrue(VALIDATED_FIELDS.contains(refused.field()), "refused for a field it names: " + refused.field());
            assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "says what is wrong");
            return;
        }
        Document page = parse(new String(postPageWith(commenter, text), StandardCharsets.UTF_8));
        assertInert(page);
        Element shown = page.selectFirst("ol.comments li p.comment-text, li[id^=comment-] p.comment-text");
        assertTrue(shown != null, "the comment is on the page");
        assertEquals(1, page.select("p.comment-text").size(), "the comment is one paragraph: nothing broke out of it");
        assertEquals(visible(text.value()), visible(shown.text()), "the comment is shown as the text it is");
    }

    /**
     * The page as a browser parses it. jsoup's tokenizer takes U+FFFF for the end of its input (a
     * browser shows it as text), so it is given U+FFFD in its place: text either way, never markup.
     */
    private static Document parse(String html) {
        return Jsoup.parse(html.replace('\uffff', '\ufffd'));
    }

    /** Text as a reader sees it: white space collapsed, Unicode noncharacters shown as the replacement character. */
    private static String visible(String text) {
        return text.replaceAll("[\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]", "\ufffd").replaceAll("\\s+", " ").strip();
    }

    @Property(tries = 1_000)
    void a_website_is_refused_or_an_http_address(@ForAll("hostile") String website) {
        try {
            WebsiteUrl url = WebsiteUrl.parse(website);
            String scheme = url.value().toLowerCase(Locale.ROOT);
            assertTrue(scheme.startsWith("http://") || scheme.startsWith("https://"), url.value());
        } catch (InvalidValueException refused) {
            assertEquals("website", refused.field());
        }
    }

    @Property(tries = 1_000)
    void a_post_body_in_markdown_renders_to_inert_html(@ForAll("hostile") String markdown) {
        String html = Markdown.toHtml(markdown).value();
        Document body = Jsoup.parseBodyFragment(html.replace('\uffff', '\ufffd'));
        assertInert(body);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> anyCodeUnits = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20);
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, fragment), net.jqwik.api.Tuple.of(2, printable), net.jqwik.api.Tuple.of(1, anyCodeUnits));
        Arbitrary<String> glued = piece.list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join("", pieces));
        Arbitrary<String> prefixed = Combinators.combine(Arbitraries.of("", "https://", "http://", "www.", "javascript:",
                "data:", "//"), glued).as((prefix, rest) -> prefix + rest);
        return Arbitraries.oneOf(glued, prefixed, anyCodeUnits);
    }

    private static byte[] postPageWith(Commenter commenter, CommentText text) {
        Post post = Post.draft(PostId.generate(), PostFixtures.ENGLISH, new Slug("hostile-input"), new PostContent("Hostile input", "A post.",
                "An excerpt."), "Editor", List.of(), true, Instant.parse("2024-01-01T09:00:00Z"));
        post.publish(Instant.parse("2024-01-01T09:00:00Z"));
        Comment comment = Comment.submit(post, CommentId.generate(), commenter, text, null,
                Instant.parse("2024-01-01T10:00:00Z"));
        comment.approve();
        List<Comment> comments = new ArrayList<>(List.of(comment));
        PostPage page = new PostPage(post.slug().value(), post.title(), "An excerpt.", post.authorName(),
                post.publishedAt().orElseThrow(), Markdown.toHtml("A post."), List.of(), List.of(), CommentNode.threads(comments),
                comments.size(), true, null, CommentForm.empty(null, null));
        return Templates.render("post.jte", page, URI.create("https://news.example.org" + page.href()));
    }

    /**
     * Nothing in the document could run: no such element in the body, no event handler, no style, no
     * script address anywhere; the head holds only the layout's own meta and link elements.
     */
    static void assertInert(Document document) {
        assertTrue(document.head().select("script, style, base, iframe, object, embed").isEmpty(), "the head is the layout's");
        for (Element element : document.head().select("meta, link")) {
            assertTrue(element.parent() == document.head(), "meta and link only where the layout puts them");
        }
        for (Element element : document.head().getAllElements()) {
            assertNoScriptAttribute(element);
        }
        for (Element element : document.body().getAllElements()) {
            String tag = element.normalName();
            assertTrue(!FORBIDDEN_ELEMENTS.contains(tag), "a <" + tag + "> element: " + element.outerHtml());
            assertNoScriptAttribute(element);
        }
    }

    private static void assertNoScriptAttribute(Element element) {
        String tag = element.normalName();
        {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertTrue(!key.startsWith("on"), "an event handler " + key + " on <" + tag + ">");
                assertTrue(!key.equals("style"), "a style attribute on <" + tag + ">");
                if (URL_ATTRIBUTES.contains(key)) {
                    String address = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                    assertTrue(!address.startsWith("javascript:") && !address.startsWith("data:")
                            && !address.startsWith("vbscript:"), "a script address in " + key + " of <" + tag + ">: "
                            + attribute.getValue());
                }
            }
        }
    }
}
