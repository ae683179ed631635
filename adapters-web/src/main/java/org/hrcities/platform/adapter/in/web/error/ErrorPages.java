package org.hrcities.platform.adapter.in.web.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;
import org.hrcities.platform.adapter.in.web.render.Sentences;

/** Turns a problem-details response into the error page a visitor sees, with the same status and headers. */
public final class ErrorPages {

    private ErrorPages() {
    }

    /**
     * The problem as it is for a request to the API, or as an error page for a request to the site's
     * or the admin's pages.
     *
     * @param path the request path relative to the application
     */
    public static Response forPath(String path, Response problem) {
        return RequestPaths.isApi(path) ? problem : errorPage(problem);
    }

    static Response errorPage(Response problem) {
        ProblemResponse details = (ProblemResponse) problem.getEntity();
        String detail = details.errors() == null ? details.detail()
                : String.join(" ", details.errors().stream().map(FieldErrorResponse::message).toList());
        Response.ResponseBuilder page = Response.status(problem.getStatus())
                .type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(ErrorPage.forStatus(problem.getStatus(), Sentences.of(detail)).render());
        problem.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> page.header(name, value));
            }
        });
        return page.build();
    }

}
