package org.hrcities.platform.adapter.in.web.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures of request bodies as 400 problem details with one entry per refused
 * field. (It is more specific than the JAX-RS implementation's own mapper, which answers an empty 400.)
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Problems.invalid(uri, fieldErrors(exception));
    }

    /** One entry per violated constraint, named after the request field (or "body" for a missing body). */
    static List<FieldErrorResponse> fieldErrors(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(violation -> new FieldErrorResponse(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldErrorResponse::field).thenComparing(FieldErrorResponse::message))
                .toList();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return field;
    }
}
