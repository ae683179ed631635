package org.hrcities.platform.adapter.in.web.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Collects what is wrong with each input while a request is turned into domain values, so that the
 * client learns about every refused input at once rather than one per attempt.
 */
public final class FieldErrors {

    private final List<FieldErrorResponse> errors = new ArrayList<>();

    /** Builds a value from one input; if the domain refuses it, records why under {@code field} and answers null. */
    public <T> T capture(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldErrorResponse(field, e.getMessage().replaceFirst("^" + e.field() + "\\b", field)));
            return null;
        }
    }

    /** Builds a value; if the domain refuses it, records why under the field the domain names and answers null. */
    public <T> T capture(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldErrorResponse(e.field(), e.getMessage()));
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws InvalidRequestException if any input was refused */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
