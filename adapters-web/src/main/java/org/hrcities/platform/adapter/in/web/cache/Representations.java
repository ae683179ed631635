package org.hrcities.platform.adapter.in.web.cache;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.hrcities.platform.adapter.in.web.render.JsonConfiguration;

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
 * A public answer is built in two steps: the {@link Representation} (the same for every reader of the
 * same content; a page with a comment form leaves the visitor's form token and serving stamp as
 * placeholders) and {@link #answer}, what one request gets from it. The JAX-RS resources and the
 * {@link PageCacheFilter}, which answers from stored representations, share that second step, so a
 * stored answer is byte for byte the one the resource would give.
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

    /** One header of an answer. */
    public record Header(String name, String value) {
    }

    /** What one request gets: status, headers (without the security and CORS ones) and body. */
    public record Answer(int status, List<Header> headers, byte[] body) {
    }

    /** What a request brings that changes the answer: its validators, whether it takes gzip, the visitor's form token. */
    public record Conditions(String ifNoneMatch, String ifModifiedSince, boolean acceptsGzip, String token, String stamp) {

        static Conditions of(HttpHeaders headers, String token, String stamp) {
            return new Conditions(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                    headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                    Representations.acceptsGzip(headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING)), token, stamp);
        }
    }

    static final int MIN_COMPRESSED = 1024;
    private static final int REMEMBERED = 10_000;
    /** One digest per thread: {@code MessageDigest.getInstance} costs more than hashing a token. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Representations::sha256);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
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
        return ok(headers, Representation.of(body, mediaType, shared, freshness));
    }

    /** The answer to this request from {@code representation}, which is offered to the {@link PageCache}. */
    public static Response.ResponseBuilder ok(HttpHeaders headers, Representation representation) {
        return ok(headers, representation, null, null);
    }

    /**
     * The answer to this request from a representation with a visitor's form: {@code token} and
     * {@code stamp} take the places of the placeholders.
     */
    public static Response.ResponseBuilder ok(HttpHeaders headers, Representation representation, String token, String stamp) {
        PageCache.offer(representation);
        Answer answer = answer(representation, Conditions.of(headers, token, stamp));
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.status() == 200) {
            // the length always, as an answer from the PageCache has it (Jersey would send a long page chunked)
            response.entity(answer.body()).header("Content-Length", answer.body().length);
        }
        for (Header header : answer.headers()) {
            response.header(header.name(), header.value());
        }
        return response;
    }

    /** An API resource as JSON, shared by every client. */
    public static Response.ResponseBuilder json(HttpHeaders headers, Request request, Object entity, Freshness freshness) {
        return ok(headers, request, JsonConfiguration.toBytes(entity), "application/json", true, freshness);
    }

    /** What a request with {@code conditions} gets from {@code representation}. */
    public static Answer answer(Representation representation, Conditions conditions) {
        String identity = representation.identity(conditions.token());
        Instant lastModified = representation.lastModified();
        String held = heldVariant(conditions.ifNoneMatch(), identity);
        boolean notModified = held != null
                || conditions.ifNoneMatch() == null && notModifiedSince(conditions.ifModifiedSince(), lastModified);
        byte[] body = notModified ? new byte[0] : representation.body(conditions.token(), conditions.stamp());
        boolean gzip = !notModified && conditions.acceptsGzip() && body.length >= MIN_COMPRESSED;
        List<Header> headers = new ArrayList<>(7);
        headers.add(new Header("ETag", "\"" + (held != null ? held : gzip ? identity + "-gzip" : identity) + "\""));
        headers.add(new Header("Last-Modified", representation.lastModifiedHeader()));
        headers.add(new Header("Cache-Control", cacheControl(representation)));
        headers.add(new Header("Vary", "Accept-Encoding"));
        if (notModified) {
            return new Answer(304, headers, body);
        }
        headers.add(new Header("Content-Type", representation.mediaType()));
        if (gzip) {
            headers.add(new Header("Content-Encoding", "gzip"));
            body = representation.isPerVisitor() ? representation.gzippedForVisitor(body, conditions.token(), conditions.stamp())
                    : representation.gzipped();
        }
        return new Answer(200, headers, body);
    }

    private static String cacheControl(Representation representation) {
        String who = representation.shared() ? "public" : "private";
        return representation.freshness() == Freshness.REVALIDATE ? who + ", no-cache"
                : who + ", max-age=" + representation.freshness().seconds;
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The variant of the current bytes that If-None-Match names, or null. */
    private static String heldVariant(String header, String identity) {
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

    /** Whether one of the Accept-Encoding values takes gzip (and not with q=0). */
    static boolean acceptsGzip(List<String> values) {
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

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** When bytes with this digest were first served, to the second. */
    static Instant firstServed(String tag) {
        synchronized (FIRST_SERVED) {
            return FIRST_SERVED.computeIfAbsent(tag, key -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** A hex digest of the bytes (128 bits of SHA-256). */
    public static String digest(byte[] body) {
        byte[] hash = SHA_256.get().digest(body);
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short hex digest of a text (64 bits of SHA-256). */
    static String shortDigest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
