package org.hrcities.platform.adapter.in.web.cache;

import java.nio.charset.StandardCharsets;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;

/**
 * The bytes of a public resource as every reader of the same content gets them, with their media
 * type and caching terms.
 * <p>
 * A page may hold a value that changes with every rendering without changing what the page says to
 * its reader (the comment form's signed time of rendering): {@link #withVaryingPart} makes its
 * entity tag weak and names the bytes without that value, so a reader who revalidates is told that
 * the copy held is still the page.
 */
public final class Representation {

    private final byte[] body;
    private final String identity;
    private final boolean weak;
    private final String mediaType;
    private final boolean shared;
    private final Freshness freshness;
    private volatile byte[] gzipped;

    private Representation(byte[] body, String identity, boolean weak, String mediaType, boolean shared, Freshness freshness) {
        this.body = body;
        this.identity = identity;
        this.weak = weak;
        this.mediaType = mediaType;
        this.shared = shared;
        this.freshness = freshness;
    }

    /** The same bytes for everyone, with a strong entity tag of them. */
    public static Representation of(byte[] body, String mediaType, boolean shared, Freshness freshness) {
        return new Representation(body, Representations.digest(body), false, mediaType, shared, freshness);
    }

    /**
     * A page rendered with {@code placeholder} where a value stands that differs between renderings
     * without changing the page for its reader ({@code value}, an ASCII text such as the comment form's
     * stamp): the bytes get {@code value} in its place, the entity tag is weak and is the digest of the
     * bytes without either.
     */
    public static Representation withVaryingPart(byte[] rendered, String placeholder, String value, String mediaType,
                                                 boolean shared, Freshness freshness) {
        String text = new String(rendered, StandardCharsets.UTF_8);
        byte[] body = text.replace(placeholder, value).getBytes(StandardCharsets.UTF_8);
        // without the placeholder, which may differ between processes: every instance names the same page alike
        byte[] named = text.replace(placeholder, "").getBytes(StandardCharsets.UTF_8);
        return new Representation(body, Representations.digest(named), true, mediaType, shared, freshness);
    }

    /** The bytes every reader gets. */
    public byte[] body() {
        return body;
    }

    /** The entity tag's opaque value: a digest of the bytes (without their varying part). */
    String identity() {
        return identity;
    }

    /** Whether the entity tag is weak: the bytes hold a part that varies between renderings of the same page. */
    boolean isWeak() {
        return weak;
    }

    /** The gzipped bytes, compressed once. */
    byte[] gzipped() {
        byte[] compressed = gzipped;
        if (compressed == null) {
            compressed = Representations.gzip(body);
            gzipped = compressed;
        }
        return compressed;
    }

    /** Makes the compressed form now, so that {@link #weight()} counts it; done before the representation is stored. */
    void prepare() {
        if (body.length >= Representations.MIN_COMPRESSED) {
            gzipped();
        }
    }

    /** About the bytes of memory this representation holds: its body and, once made, its compressed form. */
    long weight() {
        byte[] compressed = gzipped;
        return body.length + (compressed == null ? 0 : compressed.length) + 2L * identity.length() + 96;
    }

    String mediaType() {
        return mediaType;
    }

    boolean shared() {
        return shared;
    }

    Freshness freshness() {
        return freshness;
    }
}
