package org.hrcities.platform.adapter.in.web.wordpress;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.HtmlMarkdownWriter;
import com.vladsch.flexmark.html2md.converter.HtmlNodeConverterContext;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRendererHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A WordPress post's body ({@code content:encoded} in an export) as this site's Markdown, which
 * {@code render.Markdown} shows.
 * <p>
 * The body is read as WordPress shows it: the block editor's comments ({@code <!-- wp:paragraph -->})
 * and every other comment go, each {@code [caption]} shortcode becomes a figure, and the classic
 * editor's blank lines and line breaks become paragraphs and {@code <br>} ({@link AutoParagraphs}).
 * The HTML is then tidied ({@link PostHtml}) and written as Markdown by flexmark's HTML converter:
 * ATX headings, {@code -} lists, fenced code, GitHub's tables; an image with a caption is a paragraph
 * of that image alone with the caption as its title ({@code ![alt](src "caption")}), which the site
 * shows as a figure. Scripts, styles, event handlers and {@code javascript:} links do not survive.
 * Other shortcodes stay as text, shown as written, and are named in the result so that an editor can
 * redo them.
 * <p>
 * What Markdown cannot say is given up, keeping the text: underline, strike-through, superscript,
 * colours, alignment and classes; a heading's id; merged table cells, and blocks inside a cell (one
 * line); a table without a header row gets its first row as header; a caption is plain text and a
 * captioned image loses the link around it; an {@code <iframe>}, video or audio, and a web address
 * alone on its line (which WordPress embeds), become a link; {@code <!--more-->} goes with the other
 * comments. The text is as WordPress stored it, without the curly quotes and dashes it puts in when
 * showing a post ({@code wptexturize}).
 */
public final class WordPressContent {

    /**
     * A converted body.
     *
     * @param markdown       the body as Markdown
     * @param shortcodesLeft the names of the shortcodes left in it as text, each once, in order
     * @param imageUrls      the address of each image in it as WordPress had it (before any rewriting),
     *                       each once, in order: the files an importer has to bring along
     */
    public record Converted(String markdown, List<String> shortcodesLeft, List<String> imageUrls) {

        public Converted {
            Objects.requireNonNull(markdown, "markdown");
            shortcodesLeft = List.copyOf(shortcodesLeft);
            imageUrls = List.copyOf(imageUrls);
        }
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|\\z)");

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
                    .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                    .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
                    .set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---")
                    .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                    .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
                    .set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
                    .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)
                    .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1)
                    // two lists in a row: not parted by an HTML comment, which the site would show as text
                    // (PostHtml joins them: Markdown cannot part them)
                    .set(FlexmarkHtmlConverter.LISTS_END_ON_DOUBLE_BLANK, true)
                    // PostHtml escapes the text, knowing which runs start a line; the converter would miss some
                    .set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, true))
            // links, images, emphasis, code, quotations and text written here: the converter's own do not escape
            // titles and addresses fully, write an image whose file is named like an emoji as that emoji, drop the
            // space after "<strong>Note: </strong>", close `` a `tick` `` too early, indent <pre><code> instead of
            // fencing it, put no blank line before a quotation and fold non-breaking spaces
            .htmlNodeRendererFactory(options -> () -> Set.of(
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.A_NODE, Element.class, WordPressContent::writeLink),
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.IMG_NODE, Element.class, WordPressContent::writeImage),
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.STRONG_NODE, Element.class, WordPressContent::writeStrong),
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.EM_NODE, Element.class, WordPressContent::writeEmphasis),
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.CODE_NODE, Element.class, WordPressContent::writeCode),
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.PRE_NODE, Element.class, WordPressContent::writePreformatted),
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.BLOCKQUOTE_NODE, Element.class, WordPressContent::writeQuotation),
                    new HtmlNodeRendererHandler<>(FlexmarkHtmlConverter.TEXT_NODE, TextNode.class, WordPressContent::writeText)))
            .build();

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,30}");

    private WordPressContent() {
    }

    /** The body as Markdown, every address as WordPress had it. */
    public static Converted toMarkdown(String contentEncoded) {
        return toMarkdown(contentEncoded, Function.identity());
    }

    /**
     * The body as Markdown, the address of each link and image replaced by what {@code rewriteUrl} makes
     * of it (the uploads' new home, say). An address that is not a web, mail or relative one is dropped
     * (the link keeps its text) before the function sees it, and so is whatever the function makes of
     * an address that is not such an address either.
     *
     * @param contentEncoded the body as the export holds it; null is an empty body
     */
    public static Converted toMarkdown(String contentEncoded, Function<String, String> rewriteUrl) {
        Objects.requireNonNull(rewriteUrl, "rewriteUrl");
        String content = contentEncoded == null ? "" : contentEncoded;
        String html = AutoParagraphs.apply(Shortcodes.captionsToFigures(COMMENT.matcher(content).replaceAll("")));
        Document document = Jsoup.parseBodyFragment(html);
        PostHtml post = new PostHtml(document.body(), content, rewriteUrl);
        post.tidy();
        String markdown = CONVERTER.convert(document.body()).replace("\r\n", "\n").strip();
        return new Converted(markdown.isEmpty() ? "" : markdown + "\n", post.shortcodes(), post.imageUrls());
    }

    /** {@code [text](address "title")}; spaces at the text's ends stay outside the brackets. */
    private static void writeLink(Element link, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        String text = context.processTextNodes(link);
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return;
        }
        if (!text.isEmpty() && Character.isWhitespace(text.charAt(0))) {
            out.append(' ');
        }
        out.append('[').append(stripped).append("](").append(MarkdownText.destination(link.attr("href")));
        if (link.hasAttr("title")) {
            out.append(" \"").append(MarkdownText.title(link.attr("title"))).append('"');
        }
        out.append(')');
        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
            out.append(' ');
        }
    }

    /** {@code ![alt](address "title")}, the title being a caption. */
    private static void writeImage(Element image, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        String alt = image.attr("alt").strip().replaceAll("\\s+", " ");
        out.append("![").append(MarkdownText.text(alt, false, false)).append("](")
                .append(MarkdownText.destination(image.attr("src")));
        if (!image.attr("title").isBlank()) {
            out.append(" \"").append(MarkdownText.title(image.attr("title"))).append('"');
        }
        out.append(')');
    }

    private static void writeStrong(Element strong, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        writeDelimited(strong, "**", context, out);
    }

    private static void writeEmphasis(Element emphasis, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        writeDelimited(emphasis, "*", context, out);
    }

    /**
     * {@code **text**}, spaces at the text's ends outside the delimiters. Where a delimiter would sit
     * between punctuation inside and a letter outside ({@code <strong>Note:</strong>Text}), Markdown
     * would not take it for one: a space goes between them.
     */
    private static void writeDelimited(Element element, String delimiter, HtmlNodeConverterContext context,
            HtmlMarkdownWriter out) {
        String text = context.processTextNodes(element);
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        String inner = text.substring(start, end);
        String before = spaces(text.substring(0, start));
        String after = spaces(text.substring(end));
        if (inner.isEmpty()) {
            out.append(before);
            return;
        }
        if (before.isEmpty() && isPunctuation(inner.codePointAt(0)) && endsWithWordCharacter(element.previousSibling())) {
            before = " ";
        }
        if (after.isEmpty() && isPunctuation(inner.codePointBefore(inner.length())) && startsWithWordCharacter(element.nextSibling())) {
            after = " ";
        }
        out.append(before).append(delimiter).append(inner).append(delimiter).append(after);
    }

    /** Whitespace as Markdown sees it around a delimiter: a non-breaking space is one. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Spaces moved out of emphasis: non-breaking ones kept, the others one space. */
    private static String spaces(String spaces) {
        return spaces.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }

    /** {@code `code`}, fenced by more backticks than the code holds in a row, and padded if it starts or ends with one. */
    private static void writeCode(Element code, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        String text = code.wholeText();
        if (text.isEmpty()) {
            return;
        }
        String fence = "`".repeat(longestRun(text, '`') + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") && text.endsWith(" ") && !text.isBlank();
        out.append(fence).append(pad ? " " : "").append(text).append(pad ? " " : "").append(fence);
    }

    /**
     * A fenced code block holding the text exactly as written, its language taken from a
     * {@code language-*} class of the {@code <pre>} or its {@code <code>}.
     */
    private static void writePreformatted(Element pre, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        String text = pre.wholeText();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        out.blankLine().append(fence).append(language(pre)).line();
        out.openPreFormatted(true);
        out.append(text).append('\n');
        out.closePreFormatted();
        out.line().append(fence).line();
        out.tailBlankLine();
    }

    private static String language(Element pre) {
        for (Element element : pre.select("pre, code")) {
            for (String name : element.classNames()) {
                if (name.startsWith("language-") && LANGUAGE.matcher(name.substring("language-".length())).matches()) {
                    return name.substring("language-".length());
                }
            }
        }
        return "";
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A quotation, after a blank line, so that it does not read as part of the paragraph before it. */
    private static void writeQuotation(Element quotation, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        out.blankLine();
        out.pushPrefix();
        out.addPrefix("> ");
        context.renderChildren(quotation, true, null);
        out.line();
        out.popPrefix();
        out.blankLine();
    }

    private static boolean isPunctuation(int c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    private static boolean endsWithWordCharacter(Node node) {
        String text = node instanceof TextNode t ? t.getWholeText() : node instanceof Element e ? e.text() : "";
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointBefore(text.length()));
    }

    private static boolean startsWithWordCharacter(Node node) {
        String text = node instanceof TextNode t ? t.getWholeText() : node instanceof Element e ? e.text() : "";
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Text as PostHtml escaped it, non-breaking spaces kept. */
    private static void writeText(TextNode text, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
        String whole = text.getWholeText();
        if (out.isPreFormatted() || out.offsetWithPending() != 0 || !whole.isBlank()) {
            out.append(whole);
        }
    }
}
