package org.hrcities.platform.adapter.in.web.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hrcities.platform.adapter.in.web.common.Sentences;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Collects what is wrong with a submitted form, one message per field, so that the form comes back
 * with every problem at once and with what was typed.
 */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** The parsed value, or null after noting why {@code field} could not be parsed. */
    public <T> T check(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    public void add(String field, String message) {
        messages.putIfAbsent(field, Sentences.of(message));
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Field name to message, in the order found. */
    public Map<String, String> messages() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }
}
