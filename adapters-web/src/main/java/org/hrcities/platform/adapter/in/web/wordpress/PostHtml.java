package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A post's HTML (a parsed body, with its paragraphs) tidied into what Markdown can say, in place:
 * <ul>
 * <li>what could run or embed something goes: scripts, styles, forms; an {@code <iframe>}, video or
 *     audio becomes a link to its address;</li>
 * <li>links and images keep only their address (if it is a web, mail or relative one, rewritten by the
 *     importer's function), an image its alternative text, and a link its title;</li>
 * <li>a figure of one image becomes a paragraph of that image alone, its caption the image's title
 *     (which the site shows as a figure); any other figure gives up its content and its caption;</li>
 * <li>a table gets a header row if it had none (Markdown's tables need one);</li>
 * <li>every element Markdown has no syntax for ({@code <span style>}, {@code <div class>},
 *     {@code <u>}, {@code <sup>}...) goes and leaves its content; a block one leaves it as paragraphs;</li>
 * <li>each run of text is escaped as Markdown text (see {@link MarkdownText}), its whitespace
 *     collapsed as a browser would, and searched for shortcodes.</li>
 * </ul>
 */
final class PostHtml {

    /** The elements that stay: each has a Markdown syntax (with GitHub's tables). */
    private static final Set<String> KEPT = Set.of("body", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "blockquote", "pre", "code", "a", "img", "strong", "b", "em", "i",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td");
    /** Of those, the ones that sit inside a line of text. */
    private static final Set<String> INLINE = Set.of("a", "img", "strong", "b", "em", "i", "code", "br");
    /** Elements that go with everything in them: code, styles, form controls, things with no text to keep. */
    private static final String DROPPED = "script, style, noscript, template, svg, canvas, head, meta, link, base, title, "
            + "input, select, textarea, button, option, datalist, frame, frameset, applet, map, area, param, source, track";
    /** Elements that embed another page or a medium: each becomes a link to its address. */
    private static final String EMBEDS = "iframe, embed, object, video, audio";
    /** Elements other than HTML's block ones that read as blocks: their text becomes paragraphs. */
    private static final Set<String> BLOCKS = Set.of("div", "section", "article", "aside", "header", "footer", "nav",
            "main", "address", "center", "details", "summary", "fieldset", "legend", "form", "hgroup", "menu",
            "dl", "dt", "dd", "figure", "figcaption", "caption", "p", "li", "blockquote", "pre", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "hr", "body", "thead", "tbody", "tfoot", "tr", "th", "td");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern BARE_ADDRESS = Pattern.compile("(?i)https?://[^\\s<>\"]+");
    private static final Pattern ASCII_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private final Element body;
    private final String content;
    private final Function<String, String> rewriteUrl;
    private final Set<String> shortcodes = new LinkedHashSet<>();
    private final Set<String> imageUrls = new LinkedHashSet<>();

    /**
     * @param body       the parsed post, changed in place by {@link #tidy()}
     * @param content    the post's HTML as stored, to tell whether a shortcode is closed later
     * @param rewriteUrl applied to every link's and image's address that is kept
     */
    PostHtml(Element body, String content, Function<String, String> rewriteUrl) {
        this.body = body;
        this.content = content;
        this.rewriteUrl = rewriteUrl;
    }

    /** Tidies the body. */
    void tidy() {
        body.select(EMBEDS).forEach(this::embedToLink);
        body.select(DROPPED).remove();
        body.select("a").forEach(this::tidyLink);
        body.select("img").forEach(this::tidyImage);
        reversed(body.select("figure")).forEach(this::tidyFigure);
        body.select("table").forEach(PostHtml::tidyTable);
        body.select("kbd, samp, tt, var").forEach(element -> element.tagName("code"));
        body.select("b").forEach(element -> element.tagName("strong"));
        body.select("i").forEach(element -> element.tagName("em"));
        body.select("pre br").forEach(lineBreak -> lineBreak.replaceWith(new TextNode("\n")));
        reversed(body.select("*")).forEach(PostHtml::unwrapUnlessKept);
        paragraphsOfLooseText(body);
        body.select("blockquote").forEach(PostHtml::paragraphsOfLooseText);
        body.select("ul, ol").forEach(PostHtml::joinToPreviousList);
        removeEmpty();
        body.select("strong, em, code").forEach(PostHtml::joinToPreviousOfItsKind);
        body.select("p").forEach(this::linkABareAddress);
        tidyText();
    }

    /** The names of the shortcodes found in the text, each once, in the order of their first appearance. */
    List<String> shortcodes() {
        return List.copyOf(shortcodes);
    }

    /** The addresses of the images kept, as they were written in the post, each once, in order. */
    List<String> imageUrls() {
        return List.copyOf(imageUrls);
    }

    private void embedToLink(Element embed) {
        if (embed.parent() == null) {
            return;
        }
        String address = embed.hasAttr("src") ? embed.attr("src") : embed.attr("data");
        if (address.isBlank()) {
            Element source = embed.selectFirst("source[src]");
            address = source == null ? "" : source.attr("src");
        }
        String kept = keptAddress(address);
        if (kept == null) {
            embed.remove();
        } else {
            Element link = new Element("a").attr("href", kept).text(address.strip());
            embed.replaceWith(link);
        }
    }

    private void tidyLink(Element link) {
        String href = link.hasAttr("href") ? keptAddress(link.attr("href")) : null;
        String title = link.attr("title").strip();
        link.clearAttributes();
        if (href == null) {
            link.unwrap();
            return;
        }
        link.attr("href", href);
        if (!title.isEmpty()) {
            link.attr("title", title);
        }
    }

    private void tidyImage(Element image) {
        String written = image.attr("src").strip();
        String src = keptAddress(written);
        String alt = image.attr("alt");
        image.clearAttributes();
        if (src == null) {
            image.remove();
            return;
        }
        imageUrls.add(written);
        image.attr("src", src).attr("alt", alt);
    }

    /** Innermost figures first, so that a gallery's figures are images before the gallery is unwrapped. */
    private void tidyFigure(Element figure) {
        Element caption = figure.selectFirst("figcaption");
        List<Element> images = figure.select("img");
        String captionText = caption == null ? "" : caption.text().strip();
        if (caption != null) {
            caption.remove();
        }
        if (images.size() == 1 && figure.text().isBlank() && figure.select("table, ul, ol, blockquote, pre").isEmpty()) {
            Element image = images.getFirst();
            Element link = image.parent() != null && image.parent().nameIs("a") ? image.parent() : null;
            Element paragraph = new Element("p");
            if (captionText.isEmpty() && link != null) {
                paragraph.appendChild(link);
            } else {
                if (!captionText.isEmpty()) {
                    image.attr("title", captionText);
                }
                paragraph.appendChild(image);
            }
            figure.replaceWith(paragraph);
            return;
        }
        if (!captionText.isEmpty()) {
            figure.appendChild(new Element("p").text(captionText));
        }
        unwrapBlock(figure);
    }

    /** A header row if there is none (the first row becomes it), and the caption as a paragraph before the table. */
    private static void tidyTable(Element table) {
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            table.before(new Element("p").text(caption.text()));
            caption.remove();
        }
        if (table.selectFirst("> thead > tr") != null) {
            return;
        }
        Element firstRow = table.selectFirst("tr");
        if (firstRow == null) {
            table.remove();
            return;
        }
        firstRow.select("> td").forEach(cell -> cell.tagName("th"));
        Element head = new Element("thead");
        table.prependChild(head);
        head.appendChild(firstRow);
    }

    /** {@code <em>a</em><em>b</em>} is {@code <em>ab</em>}: Markdown would read {@code *a**b*} otherwise. */
    private static void joinToPreviousOfItsKind(Element element) {
        if (element.parent() != null && element.previousSibling() instanceof Element before
                && before.normalName().equals(element.normalName())) {
            before.appendChildren(new ArrayList<>(element.childNodes()));
            element.remove();
        }
    }

    /**
     * A paragraph that is nothing but a web address becomes a link to it: WordPress shows such a line
     * as what it points to (a video, a post), which the site cannot, and a link is the next best thing.
     */
    private void linkABareAddress(Element paragraph) {
        if (paragraph.childNodeSize() != 1 || !(paragraph.childNode(0) instanceof TextNode text)) {
            return;
        }
        String address = text.getWholeText().strip();
        if (!BARE_ADDRESS.matcher(address).matches()) {
            return;
        }
        String kept = keptAddress(address);
        if (kept != null) {
            text.replaceWith(new Element("a").attr("href", kept).text(address));
        }
    }

    /**
     * A list right after another of its kind joins it: Markdown cannot part them (the second of two
     * numbered lists goes on counting from the first).
     */
    private static void joinToPreviousList(Element list) {
        Node previous = list.previousSibling();
        while (previous instanceof TextNode && isBlank(previous)) {
            previous = previous.previousSibling();
        }
        if (list.parent() != null && previous instanceof Element before && before.normalName().equals(list.normalName())) {
            before.appendChildren(new ArrayList<>(list.childNodes()));
            list.remove();
        }
    }

    private static void unwrapUnlessKept(Element element) {
        if (element.parent() == null || KEPT.contains(element.normalName())) {
            return;
        }
        if (BLOCKS.contains(element.normalName())) {
            unwrapBlock(element);
        } else {
            element.unwrap();
        }
    }

    /**
     * A block element's content in its place: its runs of text become paragraphs when it stood among
     * other content or held blocks itself, so that two {@code <div>}s do not run into one line.
     */
    private static void unwrapBlock(Element block) {
        boolean alone = block.parent() != null && block.parent().childNodes().stream()
                .allMatch(node -> node == block || isBlank(node));
        boolean holdsBlocks = block.children().stream().anyMatch(child -> !INLINE.contains(child.normalName()));
        if (!alone || holdsBlocks) {
            paragraphsOfLooseText(block);
        }
        block.unwrap();
    }

    /** Each run of text and inline elements directly in {@code container} wrapped in a paragraph. */
    private static void paragraphsOfLooseText(Element container) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(container.childNodes())) {
            if (isInline(child)) {
                run.add(child);
            } else {
                wrapInParagraph(run);
                run.clear();
            }
        }
        wrapInParagraph(run);
    }

    private static void wrapInParagraph(List<Node> run) {
        if (run.stream().allMatch(node -> isBlank(node) || node instanceof Element e && e.nameIs("br"))) {
            return;
        }
        Element paragraph = new Element("p");
        run.getFirst().before(paragraph);
        run.forEach(paragraph::appendChild);
    }

    /** Paragraphs, headings, links and emphasis with nothing to show go; so do line breaks that end a paragraph. */
    private void removeEmpty() {
        for (Element element : reversed(body.select("p, h1, h2, h3, h4, h5, h6, a, strong, em, li, blockquote"))) {
            if (isBlank(element) && element.select("img, br, hr, table, pre").isEmpty()) {
                if (INLINE.contains(element.normalName())) {
                    element.unwrap();
                } else {
                    element.remove();
                }
            }
        }
        for (Element paragraph : body.select("p, li, td, th, h1, h2, h3, h4, h5, h6")) {
            trimBreaks(paragraph);
        }
    }

    private static void trimBreaks(Element block) {
        Node last = block.childNodeSize() == 0 ? null : block.childNode(block.childNodeSize() - 1);
        while (last != null && (isBlank(last) || last instanceof Element e && e.nameIs("br"))) {
            Node previous = last.previousSibling();
            last.remove();
            last = previous;
        }
        Node first = block.childNodeSize() == 0 ? null : block.childNode(0);
        while (first != null && (isBlank(first) || first instanceof Element e && e.nameIs("br"))) {
            Node next = first.nextSibling();
            first.remove();
            first = next;
        }
    }

    /** Every run of text outside code: whitespace collapsed, shortcodes found, Markdown escaped. */
    private void tidyText() {
        List<TextNode> texts = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
            }
        });
        for (TextNode text : texts) {
            if (text.parent() == null || inside(text, "pre")) {
                continue;
            }
            String collapsed = ASCII_WHITESPACE.matcher(text.getWholeText()).replaceAll(" ");
            if (inside(text, "code")) {
                text.text(collapsed);
                continue;
            }
            String found = Shortcodes.find(collapsed, content, shortcodes::add);
            text.text(MarkdownText.text(found, startsLine(text), inside(text, "h1", "h2", "h3", "h4", "h5", "h6")));
        }
    }

    /** Whether the text begins a line of the Markdown: first in its block, or after a line break or a block. */
    private static boolean startsLine(TextNode text) {
        Node current = text;
        while (true) {
            Node previous = current.previousSibling();
            while (previous instanceof TextNode && isBlank(previous)) {
                previous = previous.previousSibling();
            }
            if (previous == null) {
                if (current.parent() instanceof Element parent && INLINE.contains(parent.normalName())) {
                    current = parent;
                    continue;
                }
                return true;
            }
            return previous instanceof Element element && (element.nameIs("br") || !INLINE.contains(element.normalName()));
        }
    }

    /**
     * The address to keep for a link or an image, rewritten, or null if it is not a web, mail or
     * relative address ({@code javascript:}, {@code data:} and the like), before or after rewriting.
     */
    private String keptAddress(String address) {
        if (address.isBlank() || !isSafe(address)) {
            return null;
        }
        String rewritten = rewriteUrl.apply(address.strip());
        return rewritten != null && isSafe(rewritten) ? rewritten : null;
    }

    /** Judged as a browser reads an address: without the whitespace and control characters it ignores. */
    private static boolean isSafe(String address) {
        StringBuilder significant = new StringBuilder(address.length());
        address.codePoints().filter(c -> c > ' ' && c != 0x7f).forEach(significant::appendCodePoint);
        var scheme = SCHEME.matcher(significant);
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean inside(Node node, String... names) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element) {
                for (String name : names) {
                    if (element.nameIs(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isInline(Node node) {
        return node instanceof TextNode || node instanceof Element element && INLINE.contains(element.normalName());
    }

    /**
     * A text of whitespace only (a non-breaking space is text), or an element that shows no image and
     * no text but spaces (non-breaking ones too: {@code <p>&nbsp;</p>} is the classic editor's empty line).
     */
    private static boolean isBlank(Node node) {
        if (node instanceof TextNode text) {
            return text.getWholeText().chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
        }
        if (node instanceof Element element) {
            return element.wholeText().chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))
                    && element.select("img").isEmpty();
        }
        return true;
    }

    private static <T> List<T> reversed(List<T> list) {
        return new ArrayList<>(list).reversed();
    }
}
