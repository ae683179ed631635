package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs that WordPress adds when it shows a post written in the classic editor, which stores
 * none: a blank line separates paragraphs and any other line break is a {@code <br />}. This follows
 * the steps of WordPress's own {@code wpautop()} (WordPress 6.1), so that a post reads here as it read
 * there: block elements (headings, lists, tables, quotations, figures, {@code <div>}...) are not
 * wrapped in a paragraph, nothing between {@code <pre>} and {@code </pre>} is touched, and a line break
 * inside a tag is not a line break of the text. Content that already has its paragraphs (the block
 * editor's) comes out with the same paragraphs.
 */
final class AutoParagraphs {

    /** The elements WordPress never wraps in a paragraph. */
    private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li"
            + "|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside"
            + "|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

    /** Stands for a line break inside a tag while the text's line breaks are worked on (a private-use character). */
    private static final String NEWLINE_IN_TAG = "\uE000";
    /** Stands for a line break inside a script, style or svg element, which never becomes a {@code <br />}. */
    private static final String KEPT_NEWLINE = "\uE001";

    private static final Pattern PRE = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
    private static final Pattern PRE_PLACEHOLDER = Pattern.compile("<pre wp-pre-tag-(\\d+)></pre>");
    private static final Pattern DOUBLE_BR = Pattern.compile("<br\\s*/?>\\s*<br\\s*/?>");
    private static final Pattern BLOCK_OPENING = Pattern.compile("(<" + BLOCKS + "[\\s/>])");
    private static final Pattern BLOCK_CLOSING = Pattern.compile("(</" + BLOCKS + ">)");
    private static final Pattern HR = Pattern.compile("(<hr\\s*?/?>)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>?");
    private static final Pattern FIGCAPTION_OPENING = Pattern.compile("\\s*(<figcaption[^>]*>)");
    private static final Pattern FIGCAPTION_CLOSING = Pattern.compile("</figcaption>\\s*");
    private static final Pattern MEDIA_OPENING = Pattern.compile("([<\\[](?:audio|video)[^>\\]]*[>\\]])\\s*");
    private static final Pattern MEDIA_CLOSING = Pattern.compile("\\s*([<\\[]/(?:audio|video)[>\\]])");
    private static final Pattern MEDIA_SOURCE = Pattern.compile("\\s*(<(?:source|track)[^>]*>)\\s*");
    private static final Pattern OPTION_OPENING = Pattern.compile("\\s*<option");
    private static final Pattern OPTION_CLOSING = Pattern.compile("</option>\\s*");
    private static final Pattern OBJECT_OPENING = Pattern.compile("(<object[^>]*>)\\s*");
    private static final Pattern OBJECT_CLOSING = Pattern.compile("\\s*</object>");
    private static final Pattern OBJECT_PARTS = Pattern.compile("\\s*(</?(?:param|embed)[^>]*>)\\s*");
    private static final Pattern BLANK_LINES = Pattern.compile("\n\n+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern EMPTY_PARAGRAPH = Pattern.compile("<p>\\s*</p>");
    private static final Pattern UNCLOSED_IN_DIV = Pattern.compile("<p>([^<]+)</(div|address|form)>");
    private static final Pattern WRAPPED_BLOCK_TAG = Pattern.compile("<p>\\s*(</?" + BLOCKS + "[^>]*>)\\s*</p>");
    private static final Pattern WRAPPED_LIST_ITEM = Pattern.compile("<p>(<li.+?)</p>");
    private static final Pattern WRAPPED_BLOCKQUOTE = Pattern.compile("(?i)<p><blockquote([^>]*)>");
    private static final Pattern PARAGRAPH_BEFORE_BLOCK_TAG = Pattern.compile("<p>\\s*(</?" + BLOCKS + "[^>]*>)");
    private static final Pattern PARAGRAPH_END_AFTER_BLOCK_TAG = Pattern.compile("(</?" + BLOCKS + "[^>]*>)\\s*</p>");
    private static final Pattern UNBROKEN_ELEMENTS = Pattern.compile("(?s)<(script|style|svg).*?</\\1>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?<!<br />)\\s*\n");
    private static final Pattern BR_AFTER_BLOCK_TAG = Pattern.compile("(</?" + BLOCKS + "[^>]*>)\\s*<br />");
    private static final Pattern LAST_PARAGRAPH_END = Pattern.compile("\n</p>(\n?)\\z");
    private static final Pattern BR_BEFORE_BLOCK_TAG = Pattern.compile("<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)");

    private AutoParagraphs() {
    }

    /** The HTML with its paragraphs and line breaks made explicit, as WordPress shows it. */
    static String apply(String html) {
        if (html.isBlank()) {
            return "";
        }
        List<String> pres = new ArrayList<>();
        String text = setPreAside(html + "\n", pres);

        text = DOUBLE_BR.matcher(text).replaceAll("\n\n");
        text = BLOCK_OPENING.matcher(text).replaceAll("\n\n$1");
        text = BLOCK_CLOSING.matcher(text).replaceAll("$1\n\n");
        text = HR.matcher(text).replaceAll("$1\n\n");
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = replaceInTags(text, "\n", " " + NEWLINE_IN_TAG + " ");
        if (text.contains("<option")) {
            text = OPTION_CLOSING.matcher(OPTION_OPENING.matcher(text).replaceAll("<option")).replaceAll("</option>");
        }
        if (text.contains("</object>")) {
            text = OBJECT_OPENING.matcher(text).replaceAll("$1");
            text = OBJECT_CLOSING.matcher(text).replaceAll("</object>");
            text = OBJECT_PARTS.matcher(text).replaceAll("$1");
        }
        if (text.contains("<source") || text.contains("<track")) {
            text = MEDIA_OPENING.matcher(text).replaceAll("$1");
            text = MEDIA_CLOSING.matcher(text).replaceAll("$1");
            text = MEDIA_SOURCE.matcher(text).replaceAll("$1");
        }
        if (text.contains("<figcaption")) {
            text = FIGCAPTION_OPENING.matcher(text).replaceAll("$1");
            text = FIGCAPTION_CLOSING.matcher(text).replaceAll("</figcaption>");
        }
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");

        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            if (!paragraph.isEmpty()) {
                paragraphs.append("<p>").append(strip(paragraph, '\n')).append("</p>\n");
            }
        }
        text = paragraphs.toString();

        text = EMPTY_PARAGRAPH.matcher(text).replaceAll("");
        text = UNCLOSED_IN_DIV.matcher(text).replaceAll("<p>$1</p></$2>");
        text = WRAPPED_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = WRAPPED_LIST_ITEM.matcher(text).replaceAll("$1");
        text = WRAPPED_BLOCKQUOTE.matcher(text).replaceAll("<blockquote$1><p>");
        text = text.replace("</blockquote></p>", "</p></blockquote>");
        text = PARAGRAPH_BEFORE_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = PARAGRAPH_END_AFTER_BLOCK_TAG.matcher(text).replaceAll("$1");

        text = UNBROKEN_ELEMENTS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group().replace("\n", KEPT_NEWLINE)));
        text = text.replace("<br>", "<br />").replace("<br/>", "<br />");
        text = LINE_BREAK.matcher(text).replaceAll("<br />\n");
        text = text.replace(KEPT_NEWLINE, "\n");

        text = BR_AFTER_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = BR_BEFORE_BLOCK_TAG.matcher(text).replaceAll("$1");
        text = LAST_PARAGRAPH_END.matcher(text).replaceAll("</p>$1");

        text = PRE_PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(pres.get(Integer.parseInt(m.group(1)))));
        return text.replace(" " + NEWLINE_IN_TAG + " ", "\n").replace(NEWLINE_IN_TAG, "\n");
    }

    /** Each {@code <pre>} element replaced by a placeholder, its text kept in {@code pres}. */
    private static String setPreAside(String text, List<String> pres) {
        return PRE.matcher(text).replaceAll(m -> {
            pres.add(m.group());
            return "<pre wp-pre-tag-" + (pres.size() - 1) + "></pre>";
        });
    }

    /** {@code target} replaced by {@code replacement} inside tags only, never in the text between them. */
    private static String replaceInTags(String text, String target, String replacement) {
        return TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group().replace(target, replacement)));
    }

    private static String strip(String text, char c) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == c) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == c) {
            end--;
        }
        return text.substring(start, end);
    }
}
