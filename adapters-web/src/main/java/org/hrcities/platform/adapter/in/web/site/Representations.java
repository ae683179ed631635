package org.hrcities.platform.adapter.in.web.site;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Responses that can be revalidated: a strong ETag from the bytes, a Last-Modified that is the
 * moment these very bytes were first served, and 304 Not Modified when the client's copy is
 * current. Since the ETag changes whenever the content does, the first time a new ETag is seen is
 * the time the representation changed (at the latest), whatever changed it.
 */
public final class Representations {

    private static final int REMEMBERED = 10_000;
    private static final Map<String, Instant> FIRST_SERVED = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    private Representations() {
    }

    /**
     * 200 with the bytes, or 304 if the request's preconditions say the client holds them already.
     *
     * @param shared whether shared caches may keep it (false for pages that carry a visitor's form token)
     */
    public static Response.ResponseBuilder ok(Request request, byte[] body, String mediaType, boolean shared) {
        EntityTag tag = new EntityTag(digest(body));
        Date lastModified = Date.from(firstServed(tag.getValue()));
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        cache.setNoTransform(false);
        cache.setPrivate(!shared);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).lastModified(lastModified).header("Vary", "Accept-Encoding");
        }
        return Response.ok(body, mediaType).tag(tag).lastModified(lastModified).cacheControl(cache)
                .header("Vary", "Accept-Encoding");
    }

    private static Instant firstServed(String tag) {
        synchronized (FIRST_SERVED) {
            return FIRST_SERVED.computeIfAbsent(tag, key -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
