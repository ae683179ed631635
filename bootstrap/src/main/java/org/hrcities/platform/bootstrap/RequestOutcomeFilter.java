package org.hrcities.platform.bootstrap;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;

/**
 * Counts every request the application answers by the surface it belongs to and the class of its
 * status ({@value SiteMetrics#REQUESTS}). Declared first in {@code web.xml}, so that it sees the
 * answers of every other filter too (the rendered-page store's among them). Payara's /metrics and
 * /health, which pass through the site's filters, are not counted: scrapes and probes are no visitors.
 * The counters are made once; a request costs a look at its path and one increment, and allocates
 * nothing. A request whose filters or resource throw is counted as 5xx (the container answers 500).
 */
public class RequestOutcomeFilter implements Filter {

    /** The {@code surface} tag: the visitors' pages (and everything else), the public JSON API, the admin (pages and API). */
    static final List<String> SURFACES = List.of("site", "api", "admin");
    /** The {@code outcome} tag: the class of the status (1xx, never final here, counts as 2xx). */
    static final List<String> OUTCOMES = List.of("2xx", "3xx", "4xx", "5xx");

    @Inject
    SiteMetrics metrics;

    private Counter[] counters;

    @Override
    public void init(FilterConfig config) {
        counters = metrics.requestCounters();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path != null && RequestPaths.isServerEndpoint(path)) {
            chain.doFilter(request, response);
            return;
        }
        int status = 500;
        boolean later = false;
        try {
            chain.doFilter(request, response);
            status = ((HttpServletResponse) response).getStatus();
            if (request.isAsyncStarted()) {
                // a body being received without a thread: the answer comes when the asynchronous work completes
                request.getAsyncContext().addListener(new CountWhenComplete(path));
                later = true;
            }
        } finally {
            if (!later) {
                counters[index(path, status)].inc();
            }
        }
    }

    /** Counts an asynchronous request by the status its response has when the request completes. */
    private final class CountWhenComplete implements AsyncListener {

        private final String path;

        CountWhenComplete(String path) {
            this.path = path;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            counters[index(path, ((HttpServletResponse) event.getSuppliedResponse()).getStatus())].inc();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }

    /** Where a request with this path and status is counted: {@code surface * OUTCOMES.size() + outcome}. */
    static int index(String path, int status) {
        return surface(path) * 4 + outcome(status);
    }

    static int surface(String path) {
        if (path == null) {
            return 0;
        }
        if (RequestPaths.isAdminPage(path) || RequestPaths.isAdminApi(path)) {
            return 2;
        }
        return RequestPaths.isApi(path) ? 1 : 0;
    }

    static int outcome(int status) {
        if (status < 300) {
            return 0;
        }
        if (status < 400) {
            return 1;
        }
        return status < 500 ? 2 : 3;
    }
}
