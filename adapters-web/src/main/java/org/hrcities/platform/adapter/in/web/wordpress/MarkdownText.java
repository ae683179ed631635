package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.regex.Pattern;

/**
 * Text, titles and addresses written into Markdown so that they read back as they were: every
 * character that Markdown would take for syntax there is escaped with a backslash, and nothing else.
 */
final class MarkdownText {

    /** An entity reference ({@code &amp;}, {@code &#8217;}), which Markdown would turn into its character. */
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** An ordered list's marker: up to nine digits, then {@code .} or {@code )}, then a space or nothing. */
    private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("^[0-9]{1,9}[.)](\\s|$)");
    /** What starts a heading, quotation, list, thematic break, setext underline or code fence at a line's start. */
    private static final String LINE_START_SYNTAX = "#>-+=~";

    private MarkdownText() {
    }

    /**
     * A run of text as Markdown: emphasis, code, link and HTML characters escaped, and when the run
     * starts a line, also what would make that line a heading, list item, quotation or fence.
     *
     * @param inHeading every {@code #} escaped, as a heading's text may not end with one
     */
    static String text(String text, boolean startsLine, boolean inHeading) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int lineStart = startsLine ? firstNonSpace(text) : -1;
        int markerEnd = -1;
        if (lineStart >= 0) {
            var marker = ORDERED_LIST_MARKER.matcher(text.substring(lineStart));
            if (marker.find()) {
                markerEnd = lineStart + marker.end(0) - marker.group(1).length() - 1;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = switch (c) {
                case '\\', '`', '*', '[', ']', '<', '|' -> true;
                case '_' -> !(i > 0 && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1)));
                case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
                case '#' -> inHeading || i == lineStart;
                default -> (i == lineStart && LINE_START_SYNTAX.indexOf(c) >= 0) || i == markerEnd;
            };
            if (escape) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A link's or image's title, to go between double quotes: one line, backslashes and quotes escaped. */
    static String title(String title) {
        String oneLine = title.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (c == '\\' || c == '"' || c == '&' && ENTITY.matcher(oneLine).region(i, oneLine.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * An address as a link destination: spaces and control characters percent-encoded, the characters
     * that would end or bracket the destination escaped, so that Markdown reads back the same address.
     */
    static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else if (c == '\\' || c == '(' || c == ')' || c == '<' || c == '>'
                    || c == '&' && ENTITY.matcher(url).region(i, url.length()).lookingAt()) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstNonSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
