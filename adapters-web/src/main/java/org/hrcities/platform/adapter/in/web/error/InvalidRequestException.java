package org.hrcities.platform.adapter.in.web.error;

import java.util.List;

/** The request's input was refused; each entry names an input and says what is wrong with it. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldErrorResponse> errors;

    public InvalidRequestException(List<FieldErrorResponse> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " inputs were refused");
        this.errors = List.copyOf(errors);
    }

    public List<FieldErrorResponse> errors() {
        return errors;
    }
}
