package org.hrcities.platform.adapter.in.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem-details responses; every error of the web adapter goes through here. */
public final class Problems {

    /** Stable type URIs, relative to the site: one per kind of error. */
    public static final String TYPE_BASE = "/problems/";

    private Problems() {
    }

    public static Response.ResponseBuilder builder(UriInfo uri, int status, String kind, String title, String detail,
                                                   List<FieldErrorResponse> errors) {
        return builder(uri == null ? null : uri.getRequestUri().getRawPath(), status, kind, title, detail, errors);
    }

    /** @param instance the request's path as it came, or null */
    public static Response.ResponseBuilder builder(String instance, int status, String kind, String title, String detail,
                                                   List<FieldErrorResponse> errors) {
        return Response.status(status)
                .type(ProblemResponse.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new ProblemResponse(TYPE_BASE + kind, title, status, detail, instance,
                        errors == null || errors.isEmpty() ? null : List.copyOf(errors)));
    }

    /** 400 for refused inputs, each named with what is wrong. */
    public static Response invalid(UriInfo uri, List<FieldErrorResponse> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " inputs were refused; see errors";
        return builder(uri, 400, "invalid-request", "Invalid request", detail, errors).build();
    }
}
