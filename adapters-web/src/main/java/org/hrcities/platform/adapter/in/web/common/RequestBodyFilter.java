package org.hrcities.platform.adapter.in.web.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
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

/**
 * Request bodies before anything reads them: one larger than {@link #MAX_BODY_BYTES} is refused with
 * 413 (whether or not it announced its length), and a body that is not valid UTF-8 with 400. The body
 * is then handed on from memory.
 */
@Provider
@PreMatching
public class RequestBodyFilter implements ContainerRequestFilter {

    /** The largest body any endpoint takes: a comment of 65,525 bytes in JSON with room to spare. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            request.abortWith(Problems.builder(request.getUriInfo(), 400, "malformed-body", "Malformed request body",
                    "the request body is not valid UTF-8", null).build());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static Response tooLarge(ContainerRequestContext request) {
        return Problems.builder(request.getUriInfo(), 413, "body-too-large", "Request body too large",
                "the request body may be at most " + MAX_BODY_BYTES + " bytes", List.of()).build();
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        try {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
