package org.hrcities.platform.adapter.in.web.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.render.Frame;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;
import org.hrcities.platform.domain.shared.Language;

/** Turns a problem-details response into the error page a visitor sees, with the same status and headers. */
public final class ErrorPages {

    private static final Language ENGLISH = Language.parse("en");

    private ErrorPages() {
    }

    /**
     * The problem as it is for a request to the API, or as an error page for a request to the site's
     * or the admin's pages, in English.
     *
     * @param path the request path relative to the application
     */
    public static Response forPath(String path, Response problem) {
        return RequestPaths.isApi(path) ? problem : errorPage(problem, Frame.plain(ENGLISH));
    }

    /**
     * As {@link #forPath}, in the language of the request among the site's {@code routes}, with the
     * page's links under its language's prefix.
     */
    public static Response forRequest(UriInfo request, Response problem, LanguageRoutes routes) {
        String path = request.getPath();
        if (RequestPaths.isApi(path == null ? "" : path)) {
            return problem;
        }
        URI base = routes.siteBase(request);
        return errorPage(problem, new Frame(routes, routes.of(request), List.of(), Map.of(),
                base == null ? "" : base.toString()));
    }

    static Response errorPage(Response problem, Frame frame) {
        ProblemResponse details = (ProblemResponse) problem.getEntity();
        String detail = details.errors() == null ? details.detail()
                : String.join(" ", details.errors().stream().map(FieldErrorResponse::message).toList());
        Response.ResponseBuilder page = Response.status(problem.getStatus())
                .type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(ErrorPage.forStatus(problem.getStatus(), Sentences.of(detail), frame.texts()).render(frame));
        problem.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> page.header(name, value));
            }
        });
        return page.build();
    }

}
