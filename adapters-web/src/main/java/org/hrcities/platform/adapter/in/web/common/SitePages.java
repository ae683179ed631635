package org.hrcities.platform.adapter.in.web.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.site.ErrorPage;

/** Turns a problem-details response into the error page a visitor sees, with the same status and headers. */
final class SitePages {

    private SitePages() {
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
