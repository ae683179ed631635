package org.hrcities.platform.adapter.in.web.error;

/**
 * The request body is JSON, but not of the shape a request body has (an array or a string where an
 * object is expected, say): answered with 400 {@code /problems/malformed-body} and this detail.
 */
public class MalformedBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedBodyException(String detail) {
        super(detail);
    }
}
