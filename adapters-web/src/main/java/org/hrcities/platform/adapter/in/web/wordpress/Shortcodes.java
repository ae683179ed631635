package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's shortcodes in a post: {@code [caption]} becomes a figure, every other one is found and
 * named so that the importer can say what it left for an editor to redo.
 * <p>
 * WordPress knows a shortcode because a plugin registered its name; an export does not say which
 * were. So a bracket counts as a shortcode when it reads like one, and prose in brackets does not:
 * the name (WordPress's {@code [a-zA-Z0-9_-]+}, with at least one letter) is followed by a space,
 * {@code ]} or {@code /]}, and besides that at least one of these holds: the name is one of
 * WordPress's own ({@code gallery}, {@code embed}, {@code audio}...), it has an attribute with a value
 * ({@code id="1"}) or a quoted one, it closes itself ({@code [x /]}), the text closes it later
 * ({@code [/name]}), or the name holds a {@code -} or {@code _} ({@code [contact-form-7]}), which words
 * in brackets hardly do. Names are compared as WordPress does, case and all. Not shortcodes: {@code [1]}, {@code [sic]}, {@code [citation needed]},
 * {@code [see below](https://...)} (a Markdown link typed into a post), and {@code [[gallery]]}, which is
 * how WordPress writes a shortcode's name as text.
 */
final class Shortcodes {

    /** Shortcodes of WordPress itself, which need neither attributes nor a closing tag to be recognised. */
    private static final Set<String> CORE = Set.of("caption", "wp_caption", "gallery", "playlist", "audio", "video", "embed");

    /** {@code [caption ...]...[/caption]}, not written as text ({@code [[caption]]}). */
    private static final Pattern CAPTION = Pattern.compile(
            "(?s)(?<!\\[)\\[(caption|wp_caption)((?:\\s[^\\]]*)?)\\](.*?)\\[/\\1\\](?!\\])");
    /** What WordPress takes as the captioned image (a link around it allowed) and, after it, the caption. */
    private static final Pattern CAPTIONED_IMAGE = Pattern.compile(
            "(?is)^\\s*(?:<a\\s[^>]+>\\s*)?(<img\\s[^>]+>)(?:\\s*</a>)?(.*)$");
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile(
            "(?i)(?:^|\\s)caption\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s'\"\\]]+))");

    /**
     * A possible shortcode's opening tag: 1 an extra {@code [} (written as text), 2 the name,
     * 3 the attributes, 4 a {@code /} that closes it, 5 an extra {@code ]}.
     */
    private static final Pattern OPENING = Pattern.compile(
            "\\[(\\[?)([A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*)(\\s[^\\[\\]]*?)?(/?)\\](\\]?)");
    private static final Pattern ATTRIBUTE_WITH_VALUE = Pattern.compile("[\\w-]+\\s*=|\"[^\"]*\"|'[^']*'");

    private Shortcodes() {
    }

    /**
     * Each {@code [caption]} shortcode with an image in it replaced by a {@code <figure>} holding that
     * image (without the link around it) and a {@code <figcaption>}: the caption attribute of older
     * WordPress or, as WordPress does without it, whatever follows the image. A caption without an
     * image is left as it is.
     */
    static String captionsToFigures(String html) {
        return CAPTION.matcher(html).replaceAll(caption -> {
            Matcher image = CAPTIONED_IMAGE.matcher(caption.group(3));
            if (!image.matches()) {
                return Matcher.quoteReplacement(caption.group());
            }
            Matcher attribute = CAPTION_ATTRIBUTE.matcher(caption.group(2));
            String text = attribute.find() ? firstNonNull(attribute.group(1), attribute.group(2), attribute.group(3))
                    : image.group(2).strip();
            String figure = "<figure>" + image.group(1) + (text.isBlank() ? "" : "<figcaption>" + text + "</figcaption>")
                    + "</figure>";
            return Matcher.quoteReplacement(figure);
        });
    }

    /**
     * Finds the shortcodes in a piece of text, passing each one's name to {@code found}, and returns the
     * text as it reads: a shortcode written as text ({@code [[gallery]]}) loses its extra brackets.
     *
     * @param text    a run of text, without markup
     * @param content the whole post, to tell whether a shortcode is closed later
     */
    static String find(String text, String content, Consumer<String> found) {
        Matcher opening = OPENING.matcher(text);
        StringBuilder result = new StringBuilder();
        while (opening.find()) {
            boolean writtenAsText = !opening.group(1).isEmpty() && !opening.group(5).isEmpty();
            if (writtenAsText) {
                opening.appendReplacement(result, Matcher.quoteReplacement(opening.group().substring(1, opening.group().length() - 1)));
                continue;
            }
            if (isShortcode(opening, text, content)) {
                found.accept(opening.group(2));
            }
            opening.appendReplacement(result, Matcher.quoteReplacement(opening.group()));
        }
        opening.appendTail(result);
        return result.toString();
    }

    private static boolean isShortcode(Matcher opening, String text, String content) {
        String name = opening.group(2);
        String attributes = opening.group(3) == null ? "" : opening.group(3);
        boolean markdownLink = opening.end() < text.length() && text.charAt(opening.end()) == '(';
        if (markdownLink) {
            return false;
        }
        return CORE.contains(name)
                || ATTRIBUTE_WITH_VALUE.matcher(attributes).find()
                || !opening.group(4).isEmpty()
                || name.indexOf('-') >= 0 || name.indexOf('_') >= 0
                || content.contains("[/" + name + "]");
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
