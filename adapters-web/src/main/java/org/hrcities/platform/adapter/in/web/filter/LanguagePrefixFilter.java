package org.hrcities.platform.adapter.in.web.filter;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hrcities.platform.adapter.in.web.error.ErrorPages;
import org.hrcities.platform.adapter.in.web.error.Problems;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.shared.Language;

/**
 * Takes a language's code off the front of a visitor's address ({@code /fr/posts/a}) and into the
 * request's base URI, so that the page resources answer {@code posts/a} knowing the language from
 * {@link LanguageRoutes#of}. Runs after the site's address is put in place (SiteAddressFilter). Only the
 * address decides: a reader's {@code Accept-Language} never redirects. A language's code without its
 * slash ({@code /fr}) is sent to its home ({@code /fr/}); the default language's code
 * ({@code /en/posts/a}) to the address without it; the APIs, admin and files are not under a code and
 * answer 404 there.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 400)
public class LanguagePrefixFilter implements ContainerRequestFilter {

    private final LanguageRoutes routes;

    @Inject
    public LanguagePrefixFilter(LanguageRoutes routes) {
        this.routes = routes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(LanguageRoutes.DEFAULT_LANGUAGE, routes.languages().defaultLanguage());
        URI base = request.getUriInfo().getBaseUri();
        URI asked = request.getUriInfo().getRequestUri();
        String path = asked.getRawPath() == null ? "" : asked.getRawPath();
        String basePath = base.getRawPath() == null ? "/" : base.getRawPath();
        if (!path.startsWith(basePath)) {
            return;
        }
        String relative = path.substring(basePath.length());
        int slash = relative.indexOf('/');
        String first = slash < 0 ? relative : relative.substring(0, slash);
        Language language = routes.languages().find(first);
        if (language == null) {
            return;
        }
        String rest = slash < 0 ? "" : relative.substring(slash + 1);
        String query = asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery();
        if (routes.languages().isDefault(language)) {
            request.abortWith(moved(base.resolve(rest + query)));
        } else if (slash < 0) {
            request.abortWith(moved(base.resolve(first + "/" + query)));
        } else if (!rest.isEmpty() && LanguageRoutes.isShared(rest.split("/", 2)[0])) {
            request.setRequestUri(base.resolve(first + "/"), asked);
            request.abortWith(ErrorPages.forRequest(request.getUriInfo(), Problems.builder(request.getUriInfo(), 404, "not-found",
                    "Not found", "the site's " + rest.split("/", 2)[0] + " has one address for every language, without "
                            + first + "/", null).build(), routes));
        } else {
            request.setRequestUri(base.resolve(first + "/"), asked);
        }
    }

    private static Response moved(URI to) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(to).header("Cache-Control", "max-age=3600")
                .build();
    }
}
