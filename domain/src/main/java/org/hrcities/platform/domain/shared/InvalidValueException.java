package org.hrcities.platform.domain.shared;

/**
 * A value could not be built because the input breaks its rules. {@link #field()} names the value
 * ("email", "slug", ...) so that callers can point at the input that was wrong.
 */
public class InvalidValueException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
