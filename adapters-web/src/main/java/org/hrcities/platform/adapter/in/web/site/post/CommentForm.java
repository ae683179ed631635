package org.hrcities.platform.adapter.in.web.site.post;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The comment form as the page shows it: what the visitor typed (kept when the form comes back with
 * errors), the message for each refused field, a message for the whole form, the reply it answers,
 * and the stamp of when the page holding the form was first rendered
 * ({@link org.hrcities.platform.adapter.in.web.form.FormStamps}; null leaves the field out);
 * {@code notifyOffered} says whether the form offers news of the comment by email (only when the site
 * sends mail) and {@code notifyMe} whether the visitor ticked it.
 */
public record CommentForm(String name, String email, String website, String comment, String parent,
                          String parentAuthor, Map<String, String> errors, String formError, String stamp,
                          boolean notifyOffered, boolean notifyMe) {

    public CommentForm {
        errors = errors == null ? Map.of() : new LinkedHashMap<>(errors);
        notifyMe = notifyOffered && notifyMe;
    }

    /** A form that offers no news by email. */
    public CommentForm(String name, String email, String website, String comment, String parent,
                       String parentAuthor, Map<String, String> errors, String formError, String stamp) {
        this(name, email, website, comment, parent, parentAuthor, errors, formError, stamp, false, false);
    }

    /** A form without a serving stamp. */
    public CommentForm(String name, String email, String website, String comment, String parent,
                       String parentAuthor, Map<String, String> errors, String formError) {
        this(name, email, website, comment, parent, parentAuthor, errors, formError, null);
    }

    public static CommentForm empty(String parent, String parentAuthor) {
        return empty(parent, parentAuthor, null);
    }

    public static CommentForm empty(String parent, String parentAuthor, String stamp) {
        return new CommentForm("", "", "", "", parent == null ? "" : parent, parentAuthor, Map.of(), null, stamp);
    }

    /** The same form with another message for the whole of it. */
    public CommentForm withFormError(String message) {
        return new CommentForm(name, email, website, comment, parent, null, errors, message, stamp, notifyOffered, notifyMe);
    }

    /** The same form, offering news by email or not, ticked or not. */
    public CommentForm withNotify(boolean offered, boolean ticked) {
        return new CommentForm(name, email, website, comment, parent, parentAuthor, errors, formError, stamp, offered, ticked);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || formError != null;
    }

    public boolean isReply() {
        return parent != null && !parent.isBlank() && parentAuthor != null;
    }

    /** aria-describedby of a field: its hint and, when refused, its error message. */
    public String describedBy(String field, String hint) {
        String ids = hint == null ? "" : hint;
        if (hasError(field)) {
            ids = (ids + " " + field + "-error").strip();
        }
        return ids.isEmpty() ? null : ids;
    }
}
