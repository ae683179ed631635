package org.hrcities.platform.bootstrap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets Payara's {@code /metrics} be read from the site's own machine only: a request that a reverse
 * proxy passed on (it carries {@code X-Forwarded-For}, {@code Forwarded} or {@code X-Real-IP}), or that
 * came from another address than loopback, is answered 404 as if there were no such endpoint. The site
 * listens on 127.0.0.1, so a scraper on the same machine reads it directly, and a proxy that forwards
 * everything does not publish it by mistake. Mapped to {@code /metrics} only (web.xml): other requests
 * never run it.
 */
public class LocalMetricsFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isLocal((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse refused = (HttpServletResponse) response;
        refused.setStatus(HttpServletResponse.SC_NOT_FOUND);
        refused.setContentType("text/plain;charset=UTF-8");
        refused.getWriter().write("Not found\n");
    }

    /** Whether the request came straight from this machine, through no proxy. */
    static boolean isLocal(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr()) && request.getHeader("X-Forwarded-For") == null
                && request.getHeader("Forwarded") == null && request.getHeader("X-Real-IP") == null;
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1") || address.equals("[::1]"));
    }
}
