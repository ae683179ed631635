package org.hrcities.platform.adapter.in.web.admin.city;

import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;

/**
 * The form that adds or changes a partner city, as typed, with a message per wrong field. {@code id}
 * is null for a new city; {@code version} is the one the form was read at.
 */
public record CityForm(AdminNav nav, String id, long version, boolean retired, String name, String slug, String country,
                       String membership, String memberSince, String website, String latitude, String longitude,
                       String description, Map<String, String> errors, String formError, String notice) implements FieldMessages {

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
                longitude, description, newErrors, newFormError, null);
    }
}
