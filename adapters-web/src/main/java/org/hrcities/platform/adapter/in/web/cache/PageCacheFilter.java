package org.hrcities.platform.adapter.in.web.cache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.hrcities.platform.adapter.in.web.form.FormStamps;
import org.hrcities.platform.adapter.in.web.form.FormTokens;

/**
 * Answers plain reads of public resources from the {@link PageCache} before they reach JAX-RS, and
 * stores what the resources answer. On a miss the request goes its usual way, and the representation
 * the resource answered with is stored with the other headers its response got (security, CORS,
 * paging); on a hit, {@link Representations#answer} makes the same answer from it (ETag, 304,
 * gzip, the visitor's form token and stamp), so both ways answer alike.
 */
@WebFilter(filterName = "page-cache", urlPatterns = "/*", asyncSupported = true)
public class PageCacheFilter implements Filter {

    /** Headers {@link Representations#answer} makes per request, or that the container writes itself. */
    private static final Set<String> PER_REQUEST = Set.of("etag", "last-modified", "cache-control", "content-type",
            "content-encoding", "content-length", "set-cookie", "date", "transfer-encoding");
    /** Headers a 304 leaves out (the browser keeps those of the response it revalidated). */
    private static final Set<String> NOT_ON_304 = Set.of("content-security-policy", "permissions-policy");
    /** What follows "name=token" in the form cookie's Set-Cookie, without and with Secure. */
    private static volatile String[] cookieAttributes;
    private static final String SAMPLE_TOKEN = "sample";

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!PageCache.isPlainRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageCache.key(request);
        PageCache.Entry entry = PageCache.current(key, System.nanoTime());
        if (entry != null) {
            serve(entry, request, response);
            return;
        }
        long[] revisions = PageCache.revisions();
        HeaderRecorder recorder = new HeaderRecorder(response);
        PageCache.watch();
        PageCache.Offer offered;
        try {
            chain.doFilter(request, recorder);
        } finally {
            offered = PageCache.offered();
        }
        if (offered.representation() != null && recorder.getStatus() == 200 && !request.isAsyncStarted()) {
            PageCache.store(key, new PageCache.Entry(offered, recorder.replayable(), revisions, System.nanoTime()));
        }
    }

    private static void serve(PageCache.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Representation representation = entry.representation();
        String token = null;
        String stamp = null;
        boolean newToken = false;
        if (representation.isPerVisitor()) {
            token = FormTokens.fromCookieValue(cookie(request, FormTokens.COOKIE));
            newToken = token == null;
            token = newToken ? FormTokens.newToken() : token;
            stamp = FormStamps.stamp(Instant.now());
        }
        Answer answer = Representations.answer(representation, new Conditions(request.getHeader("If-None-Match"),
                request.getHeader("If-Modified-Since"), Representations.acceptsGzip(Collections.list(request.getHeaders("Accept-Encoding"))),
                token, stamp));
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
            if (answer.status() == 200 || !NOT_ON_304.contains(header.name().toLowerCase(Locale.ROOT))) {
                response.addHeader(header.name(), header.value());
            }
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (newToken) {
            response.addHeader("Set-Cookie", setCookie(token, request.isSecure()));
        }
        if (answer.status() == 200) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * The form cookie's Set-Cookie as JAX-RS writes it for the resources (the same header either way). Its
     * attributes never change, so JAX-RS formats them once and each new visitor only adds a token.
     */
    private static String setCookie(String token, boolean secure) {
        String[] attributes = cookieAttributes;
        if (attributes == null) {
            RuntimeDelegate.HeaderDelegate<NewCookie> delegate = RuntimeDelegate.getInstance().createHeaderDelegate(NewCookie.class);
            String prefix = FormTokens.COOKIE + "=" + SAMPLE_TOKEN;
            attributes = new String[] {
                delegate.toString(FormTokens.cookie(SAMPLE_TOKEN, false)).substring(prefix.length()),
                delegate.toString(FormTokens.cookie(SAMPLE_TOKEN, true)).substring(prefix.length())};
            cookieAttributes = attributes;
        }
        return FormTokens.COOKIE + "=" + token + attributes[secure ? 1 : 0];
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
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
                boolean made = PER_REQUEST.contains(name) || name.equals("vary") && header.value().equals("Accept-Encoding");
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
