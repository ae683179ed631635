package org.hrcities.platform.adapter.in.web.filter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.hrcities.platform.adapter.in.web.error.ErrorPages;
import org.hrcities.platform.adapter.in.web.error.Problems;
import org.hrcities.platform.adapter.in.web.render.JsonConfiguration;

/**
 * Writes the answer to a request refused before JAX-RS, as the resources' errors are answered:
 * problem details under /api, the error page elsewhere, with the headers of
 * {@link SecurityHeadersFilter}.
 */
final class Refusals {

    private Refusals() {
    }

    /** @param close whether the connection is closed after the answer (the body was not read) */
    static void answer(HttpServletRequest request, HttpServletResponse response, int status, String kind, String title,
                       String detail, boolean close) throws IOException {
        String path = request.getRequestURI();
        Response answer = ErrorPages.forPath(path, Problems.builder(path, status, kind, title, detail, null).build());
        byte[] body = answer.getEntity() instanceof byte[] page ? page : JsonConfiguration.toBytes(answer.getEntity());
        response.setStatus(status);
        answer.getStringHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        boolean isPage = answer.getMediaType() != null && answer.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
        SecurityHeadersFilter.forAnswer(isPage).forEach(response::setHeader);
        if (close) {
            response.setHeader("Connection", "close");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
