package org.hrcities.platform.adapter.in.web.admin.city;

import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;

/**
 * The form that adds or changes a partner city, as typed, with a message per wrong field. {@code id}
 * is null for a new city; {@code version} is the one the form was read at. {@code name} and
 * {@code description} are in the site's default language ({@code defaultLanguage}, its code);
 * {@code translations} give them in each other language of the site, empty where they are not translated.
 */
public record CityForm(AdminNav nav, String id, long version, boolean retired, String name, String slug, String country,
                       String membership, String memberSince, String website, String latitude, String longitude,
                       String description, Map<String, String> errors, String formError, String notice,
                       String defaultLanguage, List<Translation> translations) implements FieldMessages {

    public CityForm {
        translations = List.copyOf(translations);
    }

    /**
     * The city's name and description in another language, as typed: posted as {@code name-fr} and
     * {@code description-fr}, which also name their errors.
     */
    public record Translation(String code, String languageName, String name, String description) {

        public String nameField() {
            return "name-" + code;
        }

        public String descriptionField() {
            return "description-" + code;
        }
    }

    /** The site's default language, named in {@code locale} (the admin's): "English", "anglais". */
    public String defaultLanguageName(java.util.Locale locale) {
        return java.util.Locale.forLanguageTag(defaultLanguage).getDisplayLanguage(locale);
    }

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return isNew() ? "/admin/cities" : "/admin/cities/" + id;
    }

    public String invalid(String field) {
        return hasError(field) ? "true" : null;
    }

    public String describedBy(String field, String hint) {
        return hasError(field) ? field + "-error" : hint;
    }

    CityForm with(Map<String, String> newErrors, String newFormError) {
        return new CityForm(nav, id, version, retired, name, slug, country, membership, memberSince, website, latitude,
                longitude, description, newErrors, newFormError, null, defaultLanguage, translations);
    }
}
