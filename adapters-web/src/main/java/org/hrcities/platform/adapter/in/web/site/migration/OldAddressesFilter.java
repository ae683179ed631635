package org.hrcities.platform.adapter.in.web.site.migration;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.error.ErrorPages;
import org.hrcities.platform.adapter.in.web.error.Problems;
import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.adapter.in.web.wordpress.UploadsAddresses;
import org.hrcities.platform.application.port.in.migration.FindMovedContentUseCase;
import org.hrcities.platform.application.port.in.migration.MovedContent;
import org.hrcities.platform.application.port.in.migration.OldAddress;

/**
 * The addresses a WordPress site used, answered {@code 301} with the address of the same content
 * here, so that the links search engines and partner sites hold keep working after the move:
 * <ul>
 * <li>posts: date permalinks ({@code /2021/01/04/happy-new-year-2021/}, also by month and with the
 * day's date WordPress had before a post's date changed), {@code /archives/42}, {@code /?p=42},
 * {@code /slug/} (the "post name" structure) and the former slugs of each;</li>
 * <li>categories and tags: {@code /category/cities/graz/}, {@code /tag/housing/}, and their feeds;
 * a category made a partner city leads to the city's page;</li>
 * <li>feeds: {@code /feed/} (and {@code /feed/atom/}, {@code /?feed=rss2}), {@code /comments/feed/},
 * and a post's {@code /2021/01/04/slug/feed/};</li>
 * <li>authors: {@code /author/name/}, to the home page (the site has no author pages);</li>
 * <li>files: {@code /wp-content/uploads/2021/05/photo.jpg} and WordPress's smaller copies of it
 * ({@code photo-300x200.jpg}), to the media file an import made of it.</li>
 * </ul>
 * An address of these forms that names nothing here goes on to the site's own routes, which answer
 * with the normal 404 page; the site's own paths never take one of these forms, so nothing here can
 * shadow them. {@code /?p=} and {@code /?page_id=} with an id that names nothing here are answered with
 * the 404 page too, not with the home page. Pages: {@code /?page_id=7} and {@code /slug/} (WordPress's
 * address of a page) lead to {@code /pages/slug}. Only GET and HEAD are redirected.
 */
@Provider
@PreMatching
public class OldAddressesFilter implements ContainerRequestFilter {

    private static final Pattern DATED_POST = Pattern.compile("(\\d{4})/(\\d{2})(?:/(\\d{2}))?/([^/]+)(/feed(?:/[a-z0-9]+)?)?/?");
    private static final Pattern ARCHIVES = Pattern.compile("archives/(\\d+)/?");
    private static final Pattern TERM = Pattern.compile("(category|tag)/((?:[^/]+/)*?)([^/]+?)(/feed(?:/[a-z0-9]+)?)?/?");
    private static final Pattern AUTHOR = Pattern.compile("author/[^/]+(?:/feed(?:/[a-z0-9]+)?)?/?");
    private static final Pattern SITE_FEED = Pattern.compile("(?:comments/)?feed(?:/(?:atom|rss|rss2|rdf))?/?");
    private static final Pattern NAMED_POST = Pattern.compile("([^/.]+)/(feed(?:/[a-z0-9]+)?/?)?");
    private static final Pattern ID = Pattern.compile("\\d{1,19}");
    private static final String UPLOADS = UploadsAddresses.FOLDER.substring(1);

    private FindMovedContentUseCase movedContent;

    public OldAddressesFilter() {
        // for JAX-RS, which injects the use case
    }

    @Inject
    public OldAddressesFilter(FindMovedContentUseCase movedContent) {
        this.movedContent = movedContent;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return;
        }
        String path = request.getUriInfo().getPath(true);
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        Optional<String> target = target(path, query);
        if (target.isPresent()) {
            request.abortWith(Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(target.get()))
                    .header("Cache-Control", "max-age=3600").build());
        } else if (path.isEmpty() && (query.containsKey("p") || query.containsKey("page_id"))) {
            request.abortWith(ErrorPages.forPath(path, Problems.builder(request.getUriInfo(), 404, "not-found",
                    "Not found", "no post has this address", null).build()));
        }
    }

    /** The address here of what the old address names, or empty when it names nothing here. */
    Optional<String> target(String path, MultivaluedMap<String, String> query) {
        if (path.isEmpty()) {
            return fromQuery(query);
        }
        if (path.startsWith(UPLOADS)) {
            return UploadsAddresses.safe(path.substring(UPLOADS.length())).flatMap(file -> movedContent
                    .findMovedMediaFile(file)
                    .or(() -> UploadsAddresses.original(file).flatMap(movedContent::findMovedMediaFile)))
                    .map(MediaAddresses::pathOf);
        }
        Matcher matcher = DATED_POST.matcher(path);
        if (matcher.matches()) {
            return post(new OldAddress(OldAddress.Kind.POST_SLUG, matcher.group(4)), matcher.group(5) != null);
        }
        matcher = ARCHIVES.matcher(path);
        if (matcher.matches()) {
            return post(new OldAddress(OldAddress.Kind.POST_ID, matcher.group(1)), false);
        }
        matcher = TERM.matcher(path);
        if (matcher.matches()) {
            String key = matcher.group(1) + ":" + matcher.group(3);
            boolean feed = matcher.group(4) != null;
            return movedContent.findMovedContent(new OldAddress(OldAddress.Kind.TOPIC, key)).map(moved ->
                    (moved.kind() == MovedContent.Kind.PARTNER_CITY ? "/cities/" : "/topics/") + moved.slug().value()
                            + (feed ? "/feed.xml" : ""));
        }
        if (AUTHOR.matcher(path).matches()) {
            return Optional.of("/");
        }
        if (SITE_FEED.matcher(path).matches()) {
            return Optional.of("/feed.xml");
        }
        matcher = NAMED_POST.matcher(path);
        if (matcher.matches() && path.endsWith("/")) {
            return post(new OldAddress(OldAddress.Kind.POST_SLUG, matcher.group(1)), matcher.group(2) != null);
        }
        return Optional.empty();
    }

    private Optional<String> fromQuery(MultivaluedMap<String, String> query) {
        String p = query.getFirst("p");
        if (p != null && ID.matcher(p).matches()) {
            return post(new OldAddress(OldAddress.Kind.POST_ID, p), false);
        }
        String pageId = query.getFirst("page_id");
        if (pageId != null && ID.matcher(pageId).matches()) {
            return post(new OldAddress(OldAddress.Kind.PAGE_ID, pageId), false);
        }
        if (query.containsKey("feed")) {
            return Optional.of("/feed.xml");
        }
        return Optional.empty();
    }

    /** A post's address (or its comments' feed), or a page's. */
    private Optional<String> post(OldAddress address, boolean feed) {
        return movedContent.findMovedContent(address).flatMap(moved -> switch (moved.kind()) {
            case PAGE -> feed ? Optional.empty() : Optional.of("/pages/" + moved.slug().value());
            case POST -> Optional.of("/posts/" + moved.slug().value() + (feed ? "/comments/feed.xml" : ""));
            default -> Optional.empty();
        });
    }
}
