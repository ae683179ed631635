package org.hrcities.platform.adapter.in.web.filter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrcities.platform.adapter.in.web.error.ErrorPages;
import org.hrcities.platform.adapter.in.web.error.Problems;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;

/**
 * Request bodies before anything reads them: a body that is not valid UTF-8 is refused with 400, and
 * so is a form body whose %-escapes are broken or decode to invalid UTF-8 (the form reader would fail
 * on it inside the resource). Refusals are problem details under /api and an error page elsewhere.
 * The body is then handed on from memory. {@link RequestLimitsFilter} has received the body before
 * (and refused one over {@link RequestLimitsFilter#MAX_BODY_BYTES}); this filter refuses such a body
 * with the same 413 should one reach it all the same. An export sent to be imported is left to its
 * resource ({@link RequestPaths#isUpload}).
 */
@Provider
@PreMatching
public class RequestBodyFilter implements ContainerRequestFilter {

    private static final int MAX_BODY_BYTES = RequestLimitsFilter.MAX_BODY_BYTES;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity() || RequestPaths.isUpload(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString("Content-Type"))) {
            return;
        }
        if (request.getLength() > MAX_BODY_BYTES) {
            request.abortWith(tooLarge(request));
            return;
        }
        byte[] body = readAtMost(request.getEntityStream(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            request.abortWith(tooLarge(request));
            return;
        }
        if (!isUtf8(body)) {
            request.abortWith(malformed(request, "the request body is not valid UTF-8"));
            return;
        }
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())
                && !isFormEncoded(new String(body, StandardCharsets.UTF_8))) {
            request.abortWith(malformed(request, "the form is not valid URL encoding: each % must be followed by "
                    + "two hexadecimal digits that encode UTF-8"));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether every %-escape of the form has two hex digits and the decoded bytes are UTF-8. */
    static boolean isFormEncoded(String form) {
        java.io.ByteArrayOutputStream decoded = new java.io.ByteArrayOutputStream(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == '%') {
                if (i + 2 >= form.length()) {
                    return false;
                }
                int high = Character.digit(form.charAt(i + 1), 16);
                int low = Character.digit(form.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                decoded.write(high * 16 + low);
                i += 2;
            } else {
                decoded.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return isUtf8(decoded.toByteArray());
    }

    private static Response malformed(ContainerRequestContext request, String detail) {
        return forPath(request, Problems.builder(request.getUriInfo(), 400, "malformed-body", "Malformed request body",
                detail, null).build());
    }

    private static Response tooLarge(ContainerRequestContext request) {
        return forPath(request, Problems.builder(request.getUriInfo(), 413, "body-too-large", "Request body too large",
                "the request body may be at most " + MAX_BODY_BYTES + " bytes", List.of()).build());
    }

    /** Problem details for the API, the error page for the site and the admin pages. */
    private static Response forPath(ContainerRequestContext request, Response problem) {
        return ErrorPages.forPath(request.getUriInfo().getPath(), problem);
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        try {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
