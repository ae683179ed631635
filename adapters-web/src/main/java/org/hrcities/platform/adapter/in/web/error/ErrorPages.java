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
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

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
     * As {@link #forPath}, in the language of the request: a page under a language's prefix
     * ({@code /fr/...}, whose code {@code filter.LanguagePrefixFilter}
     * put at the end of the base URI) is answered in that language, with its links under the prefix.
     */
    public static Response forRequest(UriInfo request, Response problem) {
        String path = request.getPath();
        return RequestPaths.isApi(path == null ? "" : path) ? problem : errorPage(problem, frameOf(request.getBaseUri()));
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

    /**
     * The frame of an error page whose base URI is {@code base}: the language whose code ends it, on a
     * site whose default is English (the configured languages are not at hand where errors are mapped),
     * else English.
     */
    static Frame frameOf(URI base) {
        String code = LanguageRoutes.lastSegment(base);
        if (code == null || code.equals(ENGLISH.code())) {
            return Frame.plain(ENGLISH);
        }
        Language language;
        try {
            language = Language.parse(code);
        } catch (InvalidValueException e) {
            return Frame.plain(ENGLISH);
        }
        LanguageRoutes routes = new LanguageRoutes(SiteLanguages.parse(ENGLISH.code() + "," + language.code()));
        return new Frame(routes, language, List.of(), Map.of(), "");
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
