package org.hrcities.platform.adapter.in.web.admin.topic;

import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;

/**
 * The form that adds or changes a topic, as typed, with a message per wrong field. {@code id} is null
 * for a new topic; {@code version} is the one the form was read at; {@code publicHref} is the topic's
 * page once it is stored.
 */
public record TopicForm(AdminNav nav, String id, long version, String name, String slug, String description,
                        String publicHref, Map<String, String> errors, String formError) implements FieldMessages {

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return isNew() ? "/admin/topics" : "/admin/topics/" + id;
    }

    public String invalid(String field) {
        return hasError(field) ? "true" : null;
    }

    public String describedBy(String field, String hint) {
        return hasError(field) ? field + "-error" : hint;
    }

    TopicForm with(Map<String, String> newErrors, String newFormError) {
        return new TopicForm(nav, id, version, name, slug, description, publicHref, newErrors, newFormError);
    }
}
