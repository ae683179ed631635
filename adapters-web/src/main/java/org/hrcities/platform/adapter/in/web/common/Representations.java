package org.hrcities.platform.adapter.in.web.common;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Responses that can be revalidated and are compressed when the client accepts it.
 *
 * <ul>
 * <li>A strong ETag from the bytes, with a {@code -gzip} suffix on the compressed variant, since a
 * strong validator must differ between encodings.</li>
 * <li>A Last-Modified that is the moment these very bytes were first served: the ETag changes
 * whenever the content does, so the first time a new one is seen is when the content changed, at
 * the latest, whatever changed it.</li>
 * <li>304 Not Modified when the client holds either variant of the current bytes.</li>
 * </ul>
 */
public final class Representations {

    /** How long a resource may be used without asking again. */
    public enum Freshness {
        /** Revalidate every time (pages with a visitor's form token are also kept out of shared caches). */
        REVALIDATE(0),
        /** Lists and items that change when editors publish: a minute. */
        MINUTE(60),
        /** Cities: an hour. */
        HOUR(3600);

        private final int seconds;

        Freshness(int seconds) {
            this.seconds = seconds;
        }
    }

    private static final int MIN_COMPRESSED = 1024;
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

    /** 200 with the bytes (gzipped if the client accepts it), or 304 if the client holds them already. */
    public static Response.ResponseBuilder ok(HttpHeaders headers, Request request, byte[] body, String mediaType,
                                              boolean shared, Freshness freshness) {
        return ok(headers, request, body, digest(body), mediaType, shared, freshness);
    }

    /**
     * As {@link #ok(HttpHeaders, Request, byte[], String, boolean, Freshness)}, with the validator
     * computed by the caller ({@code identity}, see {@link #digest}) from a version of the bytes that
     * leaves out what may differ between two answers without the page having changed for the reader
     * (a comment form's serving time): the client then keeps its copy, which is still as good.
     */
    public static Response.ResponseBuilder ok(HttpHeaders headers, Request request, byte[] body, String identity,
                                              String mediaType, boolean shared, Freshness freshness) {
        boolean gzip = acceptsGzip(headers) && body.length >= MIN_COMPRESSED;
        Date lastModified = Date.from(firstServed(identity));
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false);
        cache.setPrivate(!shared);
        if (shared) {
            cache.getCacheExtension().put("public", null);
        }
        if (freshness == Freshness.REVALIDATE) {
            cache.setNoCache(true);
        } else {
            cache.setMaxAge(freshness.seconds);
        }
        String held = heldVariant(headers, identity);
        boolean notModified = held != null || headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null
                && request.evaluatePreconditions(lastModified) != null;
        EntityTag tag = new EntityTag(held != null ? held : gzip ? identity + "-gzip" : identity);
        Response.ResponseBuilder response = notModified ? Response.notModified(tag) : Response.ok(gzip ? gzip(body) : body, mediaType).tag(tag);
        if (gzip && !notModified) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.lastModified(lastModified).cacheControl(cache).header(HttpHeaders.VARY, "Accept-Encoding");
    }

    /** An API resource as JSON, shared by every client. */
    public static Response.ResponseBuilder json(HttpHeaders headers, Request request, Object entity, Freshness freshness) {
        return ok(headers, request, JsonConfiguration.toBytes(entity), "application/json", true, freshness);
    }

    /** The variant of the current bytes that If-None-Match names, or null. */
    private static String heldVariant(HttpHeaders headers, String identity) {
        String header = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (header == null) {
            return null;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (tag.equals("*") || tag.equals(identity)) {
                return identity;
            }
            if (tag.equals(identity + "-gzip")) {
                return tag;
            }
        }
        return null;
    }

    private static boolean acceptsGzip(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING);
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String coding : value.split(",")) {
                String[] parts = coding.strip().toLowerCase(Locale.ROOT).split(";");
                if (parts[0].strip().equals("gzip") && !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Instant firstServed(String tag) {
        synchronized (FIRST_SERVED) {
            return FIRST_SERVED.computeIfAbsent(tag, key -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** A hex digest of the bytes (128 bits of SHA-256). */
    public static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
