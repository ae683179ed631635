package org.hrcities.platform.adapter.in.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;

/**
 * Answers plain reads of public resources from the {@link PageCache} before they reach JAX-RS, and
 * stores what the resources answer. On a miss the request goes its usual way, and the representation
 * the resource answered with (offered by {@link PageCacheFeature}) is stored with the other headers its
 * response got (security, CORS, paging); on a hit, {@link PageCache#answer} makes the same answer
 * from it (ETag, 304, gzip), so both ways answer alike: every reader of a resource gets the same bytes.
 * <p>
 * Only plain reads are stored and answered from the store: GET without Authorization, Range or
 * If-Match/If-Unmodified-Since/If-Range, outside the admin and Payara's own /metrics and /health. A
 * stored answer is keyed by scheme, host, path, query and Accept header, which is everything else a
 * public answer depends on.
 */
@WebFilter(filterName = "page-cache", urlPatterns = "/*", asyncSupported = true)
public class PageCacheFilter implements Filter {

    @Inject
    private PageCache cache;

    public PageCacheFilter() {
        // for the servlet container, which injects the store
    }

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!isPlainRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        PageCache.Entry entry = cache.current(key, System.nanoTime());
        if (entry != null) {
            serve(entry, request, response);
            return;
        }
        long[] revisions = cache.revisions();
        HeaderRecorder recorder = new HeaderRecorder(response);
        chain.doFilter(request, recorder);
        if (request.getAttribute(PageCache.OFFER) instanceof PageCache.Offer offer && recorder.getStatus() == 200
                && !request.isAsyncStarted()) {
            cache.store(key, offer, recorder.replayable(), revisions, System.nanoTime());
        }
    }

    /** Whether this request may be answered from the store, or its answer stored. */
    static boolean isPlainRead(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI();
        if (path == null || RequestPaths.isAdminPage(path) || RequestPaths.isAdminApi(path)
                || RequestPaths.isServerEndpoint(path)) {
            return false;
        }
        return request.getHeader("Authorization") == null && request.getHeader("Range") == null
                && request.getHeader("If-Match") == null && request.getHeader("If-Unmodified-Since") == null
                && request.getHeader("If-Range") == null;
    }

    /**
     * Everything but the validators and the encoding that an answer depends on. The {@code Host} header
     * too: without {@code hrc.site.url} the feeds name the address a request used, so an answer made
     * for one host must never be handed to a request for another.
     */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String accept = request.getHeader("Accept");
        return request.getScheme() + "://" + request.getHeader("Host") + request.getRequestURI()
                + (query == null ? "" : "?" + query) + "\n" + (accept == null ? "" : accept);
    }

    private void serve(PageCache.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Answer answer = cache.answer(entry.representation(), entry.dependsOn(), new Conditions(request.getHeader("If-None-Match"),
                request.getHeader("If-Modified-Since"), Representations.acceptsGzip(Collections.list(request.getHeaders("Accept-Encoding")))));
        response.setStatus(answer.status());
        String contentType = null;
        for (Header header : answer.headers()) {
            if (header.name().equals("Content-Type")) {
                contentType = header.value();
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        for (Header header : entry.headers()) {
            if (answer.status() == 200 || !isLeftOutOf304(header.name().toLowerCase(Locale.ROOT))) {
                response.addHeader(header.name(), header.value());
            }
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (answer.status() == 200) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    /** Whether {@link Representations#answer} makes the header per request, or the container writes it itself. */
    private static boolean isMadePerRequest(String lowerCaseName) {
        return switch (lowerCaseName) {
            case "etag", "last-modified", "cache-control", "content-type", "content-encoding", "content-length",
                 "set-cookie", "date", "transfer-encoding" -> true;
            default -> false;
        };
    }

    /** Whether a 304 leaves the header out (the browser keeps those of the response it revalidated). */
    private static boolean isLeftOutOf304(String lowerCaseName) {
        return lowerCaseName.equals("content-security-policy") || lowerCaseName.equals("permissions-policy");
    }

    /** Passes everything on, and notes the headers set that a stored answer repeats. */
    private static final class HeaderRecorder extends HttpServletResponseWrapper {

        private final List<Header> headers = new ArrayList<>();

        HeaderRecorder(HttpServletResponse response) {
            super(response);
        }

        List<Header> replayable() {
            List<Header> replayable = new ArrayList<>();
            for (Header header : headers) {
                String name = header.name().toLowerCase(Locale.ROOT);
                boolean made = isMadePerRequest(name) || name.equals("vary") && header.value().equals("Accept-Encoding");
                if (!made) {
                    replayable.add(header);
                }
            }
            return List.copyOf(replayable);
        }

        @Override
        public void setHeader(String name, String value) {
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
            headers.add(new Header(name, value));
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            headers.add(new Header(name, value));
            super.addHeader(name, value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            setHeader(name, Integer.toString(value));
        }

        @Override
        public void addIntHeader(String name, int value) {
            addHeader(name, Integer.toString(value));
        }
    }
}
