package org.hrcities.platform.adapter.in.web.site.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;
import org.hrcities.platform.domain.comment.ReportReason;

/**
 * The page where a reader reports one public comment: which comment (its author and the start of its
 * text), the reasons to choose from, the reader's choice and note as typed, and what was refused. After
 * a report, {@code received} thanks the reader and shows no form (and nothing about the comment).
 */
public record ReportPage(String slug, String postTitle, String commentId, String commentAuthor, String commentExcerpt,
                         String reason, String note, Map<String, String> errors, String formError, boolean received)
        implements FieldMessages {

    /** The longest start of the comment's text the page quotes. */
    static final int EXCERPT_LENGTH = 200;

    /** A reason to choose: its code (the form's value) and the text keys of its label and hint. */
    public record Choice(String code, String label, String hint) {
    }

    public ReportPage {
        errors = errors == null ? Map.of() : new LinkedHashMap<>(errors);
        reason = reason == null ? "" : reason;
        note = note == null ? "" : note;
    }

    /** The empty form for the comment. */
    public static ReportPage form(String slug, String postTitle, String commentId, String author, String text) {
        return new ReportPage(slug, postTitle, commentId, author, excerpt(text), "", "", Map.of(), null, false);
    }

    /** The thanks after a report, which names neither the comment nor what became of it. */
    public static ReportPage thanks(String slug, String postTitle) {
        return new ReportPage(slug, postTitle, null, null, null, "", "", Map.of(), null, true);
    }

    /** The same page with what the reader typed and what was refused. */
    public ReportPage refused(String typedReason, String typedNote, Map<String, String> fieldErrors, String message) {
        return new ReportPage(slug, postTitle, commentId, commentAuthor, commentExcerpt, typedReason, typedNote,
                fieldErrors, message, false);
    }

    public List<Choice> choices() {
        return List.of(
                choice(ReportReason.SPAM, "spam"), choice(ReportReason.ABUSE, "abuse"),
                choice(ReportReason.OFF_TOPIC, "offTopic"), choice(ReportReason.PERSONAL_DATA, "personalData"));
    }

    private static Choice choice(ReportReason reason, String key) {
        return new Choice(reason.code(), "report.reason." + key, "report.reason." + key + ".hint");
    }

    public boolean chosen(String code) {
        return code.equals(reason);
    }

    public String postHref() {
        return "/posts/" + slug;
    }

    public String action() {
        return "/posts/" + slug + "/comments/" + commentId + "/report";
    }

    /** aria-describedby of a field: its hint and, when refused, its error message. */
    public String describedBy(String field, String hint) {
        String ids = hint == null ? "" : hint;
        if (hasError(field)) {
            ids = (ids + " " + field + "-error").strip();
        }
        return ids.isEmpty() ? null : ids;
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH).strip() + "…";
    }
}
