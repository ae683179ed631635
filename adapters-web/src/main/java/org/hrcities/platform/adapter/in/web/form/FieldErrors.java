package org.hrcities.platform.adapter.in.web.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Collects what is wrong with each input while a request or a submitted form is turned into domain
 * values, so that the client learns about every refused input at once rather than one per attempt:
 * the API answers them as one problem ({@link #throwIfAny()}), a page shows each beside its field
 * ({@link #messages()}) with what was typed.
 */
public final class FieldErrors {

    private final List<FieldErrorResponse> errors = new ArrayList<>();

    /**
     * Builds a value from one input; if the domain refuses it, records why under {@code field} (the
     * input's name, which replaces the domain's name for the value at the start of its message) and
     * answers null.
     */
    public <T> T capture(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            add(field, e.getMessage().replaceFirst("^" + Pattern.quote(e.field()) + "\\b", field));
            return null;
        }
    }

    /** Builds a value; if the domain refuses it, records why under the field the domain names and answers null. */
    public <T> T capture(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            add(e.field(), e.getMessage());
            return null;
        }
    }

    /** Records that {@code field} was refused, and why. */
    public void add(String field, String message) {
        errors.add(new FieldErrorResponse(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws InvalidRequestException naming every refused input, if any was refused */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** Field name to the first message about it, as a sentence for a page, in the order found. */
    public Map<String, String> messages() {
        return messages(errors);
    }

    /** The messages of refused inputs as a page shows them: the first per field, as a sentence. */
    public static Map<String, String> messages(List<FieldErrorResponse> errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach(error -> messages.putIfAbsent(error.field(), Sentences.of(error.message())));
        return Collections.unmodifiableMap(messages);
    }
}
