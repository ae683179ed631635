package org.hrcities.platform.adapter.in.web.cache;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.hrcities.platform.adapter.in.web.render.JsonConfiguration;

/**
 * Public answers that can be revalidated and are compressed when the client accepts it.
 *
 * <ul>
 * <li>A strong ETag from the bytes, with a {@code -gzip} suffix on the compressed variant, since a
 * strong validator must differ between encodings (weak for a page whose bytes hold a part that
 * varies between renderings, see {@link Representation#withVaryingPart}).</li>
 * <li>A Last-Modified that is when what the resource shows last changed, as its
 * {@linkplain RevisionSource revisions} say: the same on every instance and never earlier than the
 * change of the bytes (it moves with any change of content, so it may be later).</li>
 * <li>304 Not Modified when the client holds either variant of the current bytes.</li>
 * </ul>
 * A resource answers with a {@link Representation} (the same for every reader of the same content)
 * through {@link #ok}; the {@link PageCache} makes what one request gets from it ({@link #answer}),
 * for the resource's answer and for an answer from the store alike, so both are byte for byte the same.
 */
public final class Representations {

    /** How long a resource may be used without asking again. */
    public enum Freshness {
        /** Revalidate every time. */
        REVALIDATE(0),
        /** Lists and items that change when editors publish: a minute. */
        MINUTE(60),
        /** Cities: an hour. */
        HOUR(3600),
        /** Files under an address that names their version (the style sheet): a year, never revalidated. */
        IMMUTABLE(365 * 24 * 3600);

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

    /** What a request brings that changes the answer: its validators and whether it takes gzip. */
    public record Conditions(String ifNoneMatch, String ifModifiedSince, boolean acceptsGzip) {
    }

    static final int MIN_COMPRESSED = 1024;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Representations() {
    }

    /**
     * The answer of a resource: {@code representation}, which the {@link PageCache} turns into what
     * this request gets (200 with the bytes, gzipped if the client takes it, or 304) and may store.
     */
    public static Response.ResponseBuilder ok(Representation representation) {
        return Response.ok(representation);
    }

    /** The answer of a resource: the same bytes for everyone. */
    public static Response.ResponseBuilder ok(byte[] body, String mediaType, boolean shared, Freshness freshness) {
        return ok(Representation.of(body, mediaType, shared, freshness));
    }

    /** An API resource as JSON, shared by every client. */
    public static Response.ResponseBuilder json(Object entity, Freshness freshness) {
        return ok(JsonConfiguration.toBytes(entity), "application/json", true, freshness);
    }

    /** What a request with {@code conditions} gets from {@code representation}, last modified at {@code lastModified}. */
    static Answer answer(Representation representation, Conditions conditions, Instant lastModified, String lastModifiedHeader) {
        String identity = representation.identity();
        String held = heldVariant(conditions.ifNoneMatch(), identity);
        boolean notModified = held != null
                || conditions.ifNoneMatch() == null && notModifiedSince(conditions.ifModifiedSince(), lastModified);
        byte[] body = notModified ? new byte[0] : representation.body();
        boolean gzip = !notModified && conditions.acceptsGzip() && body.length >= MIN_COMPRESSED;
        List<Header> headers = new ArrayList<>(7);
        String tag = "\"" + (held != null ? held : gzip ? identity + "-gzip" : identity) + "\"";
        headers.add(new Header("ETag", representation.isWeak() ? "W/" + tag : tag));
        headers.add(new Header("Last-Modified", lastModifiedHeader));
        headers.add(new Header("Cache-Control", cacheControl(representation)));
        headers.add(new Header("Vary", "Accept-Encoding"));
        if (notModified) {
            return new Answer(304, headers, body);
        }
        headers.add(new Header("Content-Type", representation.mediaType()));
        if (gzip) {
            headers.add(new Header("Content-Encoding", "gzip"));
            body = representation.gzipped();
        }
        return new Answer(200, headers, body);
    }

    private static String cacheControl(Representation representation) {
        String who = representation.shared() ? "public" : "private";
        return switch (representation.freshness()) {
            case REVALIDATE -> who + ", no-cache";
            case IMMUTABLE -> who + ", max-age=" + Freshness.IMMUTABLE.seconds + ", immutable";
            default -> who + ", max-age=" + representation.freshness().seconds;
        };
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

    /** The variant of the current bytes that If-None-Match names (compared weakly, as RFC 9110 says), or null. */
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

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** A hex digest of the bytes (128 bits of SHA-256). */
    static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
