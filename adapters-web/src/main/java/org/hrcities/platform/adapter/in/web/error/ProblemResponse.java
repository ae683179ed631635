package org.hrcities.platform.adapter.in.web.error;

import java.util.List;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}). {@code type} is stable
 * per kind of error; {@code errors} lists the refused inputs of a validation failure.
 */
public record ProblemResponse(String type, String title, int status, String detail, String instance,
                              List<FieldErrorResponse> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
