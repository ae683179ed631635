package org.hrcities.platform.adapter.in.web.site;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The one address a visitor's page is known by, printed as its {@code <link rel="canonical">}: the
 * site's address ({@code hrc.site.url} when set, else the one the request used) and the page's path,
 * with the page number past the first and nothing else of the query (a form's notice, a reply
 * target). Search engines and sharing services then count a post read as {@code /posts/a?comment=received}
 * or through another host name as the post itself.
 */
public final class Canonical {

    private Canonical() {
    }

    /** {@code path} (absolute, such as "/posts/a") on the site's address. */
    public static URI of(UriInfo request, String path) {
        return request.getBaseUri().resolve(path.substring(1));
    }

    /** A page of a paged list: the list's first page is the path alone. */
    public static URI of(UriInfo request, String path, Pager pager) {
        URI first = of(request, path);
        return pager.page() > 1 ? URI.create(first + "?page=" + pager.page()) : first;
    }
}
