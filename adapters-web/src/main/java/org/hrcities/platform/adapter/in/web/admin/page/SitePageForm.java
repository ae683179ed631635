package org.hrcities.platform.adapter.in.web.admin.page;

import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.ContentLanguage;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;

/**
 * The form that adds or changes a page, as typed, with a message per wrong field. {@code id} is null
 * for a new page; {@code version} is the one the form was read at; {@code published} is the status
 * chosen; {@code menuPosition} is as typed (empty: not in the menu); {@code publicHref} is where the
 * page is read once stored; {@code language} is the language to write a new page in, or a stored page's
 * language with its translations; {@code notice} says what was just done.
 */
public record SitePageForm(AdminNav nav, String id, long version, String title, String slug, String body,
                           boolean published, String menuPosition, String publicHref, Map<String, String> errors,
                           String formError, ContentLanguage language, String notice) implements FieldMessages {

    /** The form without a language (a site in one language). */
    public SitePageForm(AdminNav nav, String id, long version, String title, String slug, String body,
                        boolean published, String menuPosition, String publicHref, Map<String, String> errors,
                        String formError) {
        this(nav, id, version, title, slug, body, published, menuPosition, publicHref, errors, formError,
                ContentLanguage.none(), null);
    }

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return isNew() ? "/admin/pages" : "/admin/pages/" + id;
    }

    public String invalid(String field) {
        return hasError(field) ? "true" : null;
    }

    public String describedBy(String field, String hint) {
        return hasError(field) ? field + "-error" : hint;
    }

    SitePageForm with(Map<String, String> newErrors, String newFormError) {
        return new SitePageForm(nav, id, version, title, slug, body, published, menuPosition, publicHref, newErrors,
                newFormError, language, null);
    }

    SitePageForm withNotice(String newNotice) {
        return new SitePageForm(nav, id, version, title, slug, body, published, menuPosition, publicHref, Map.of(),
                null, language, newNotice);
    }
}
