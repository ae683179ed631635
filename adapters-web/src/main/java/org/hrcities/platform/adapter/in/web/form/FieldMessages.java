package org.hrcities.platform.adapter.in.web.form;

import java.util.Map;

/** What the admin's forms say about a refused submission: a message per field and one for the whole form. */
public interface FieldMessages {

    /** Field name to message (empty when nothing was refused). */
    Map<String, String> errors();

    /** A message for the whole form, or null. */
    String formError();

    default boolean hasErrors() {
        return !errors().isEmpty() || formError() != null;
    }

    default boolean hasError(String field) {
        return errors().containsKey(field);
    }

    default String error(String field) {
        return errors().get(field);
    }
}
