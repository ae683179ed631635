package org.hrcities.platform.adapter.in.web.cache;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;

/**
 * The bytes of a public resource as every reader of the same content gets them, with their media
 * type and caching terms. A page with a comment form is {@linkplain #perVisitor per visitor}: its bytes
 * hold two placeholders, for the visitor's form token and for the form's serving stamp, which
 * {@link #body(String, String)} fills in; its ETag then names the visitor's token too (by a digest),
 * so a visitor whose token changed gets the page again with the new one.
 */
public final class Representation {

    private final byte[] body;
    private final String identity;
    private final String mediaType;
    private final boolean shared;
    private final Freshness freshness;
    /** The body cut at the placeholders: text, token, text, stamp, ... (null unless per visitor). */
    private final List<byte[]> pieces;
    private final List<Boolean> isToken;
    private volatile byte[] gzipped;
    /** Each piece as raw deflate, flushed to a byte boundary; the last one ends the stream (per visitor only). */
    private volatile byte[][] deflatedPieces;
    private volatile Instant lastModified;
    private volatile String lastModifiedHeader;

    private Representation(byte[] body, String mediaType, boolean shared, Freshness freshness, String tokenPlaceholder,
                           String stampPlaceholder) {
        this.body = body;
        this.identity = Representations.digest(body);
        this.mediaType = mediaType;
        this.shared = shared;
        this.freshness = freshness;
        if (tokenPlaceholder == null) {
            this.pieces = null;
            this.isToken = null;
        } else {
            this.pieces = new ArrayList<>();
            this.isToken = new ArrayList<>();
            cut(new String(body, StandardCharsets.UTF_8), tokenPlaceholder, stampPlaceholder);
        }
    }

    /** The same bytes for everyone. */
    public static Representation of(byte[] body, String mediaType, boolean shared, Freshness freshness) {
        return new Representation(body, mediaType, shared, freshness, null, null);
    }

    /** A page with a visitor's form: {@code tokenPlaceholder} and {@code stampPlaceholder} stand where the form's token and stamp go. */
    public static Representation perVisitor(byte[] body, String mediaType, Freshness freshness, String tokenPlaceholder,
                                            String stampPlaceholder) {
        return new Representation(body, mediaType, false, freshness, tokenPlaceholder, stampPlaceholder);
    }

    private void cut(String text, String token, String stamp) {
        int from = 0;
        while (true) {
            int atToken = text.indexOf(token, from);
            int atStamp = text.indexOf(stamp, from);
            int at = atToken < 0 ? atStamp : atStamp < 0 ? atToken : Math.min(atToken, atStamp);
            if (at < 0) {
                pieces.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
                return;
            }
            pieces.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
            isToken.add(at == atToken);
            from = at + (at == atToken ? token.length() : stamp.length());
        }
    }

    public boolean isPerVisitor() {
        return pieces != null;
    }

    /** The digest of the bytes as stored (with the placeholders of a page per visitor). */
    String identity() {
        return identity;
    }

    /** The entity tag's value for a reader with this form token (ignored unless per visitor). */
    String identity(String token) {
        return pieces == null ? identity : identity + "-" + Representations.shortDigest(token == null ? "" : token);
    }

    /** The bytes this reader gets. */
    byte[] body(String token, String stamp) {
        if (pieces == null) {
            return body;
        }
        byte[] tokenBytes = (token == null ? "" : token).getBytes(StandardCharsets.US_ASCII);
        byte[] stampBytes = (stamp == null ? "" : stamp).getBytes(StandardCharsets.US_ASCII);
        int length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        for (Boolean token1 : isToken) {
            length += token1 ? tokenBytes.length : stampBytes.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            byte[] piece = pieces.get(i);
            System.arraycopy(piece, 0, out, at, piece.length);
            at += piece.length;
            if (i < isToken.size()) {
                byte[] value = isToken.get(i) ? tokenBytes : stampBytes;
                System.arraycopy(value, 0, out, at, value.length);
                at += value.length;
            }
        }
        return out;
    }

    /**
     * The gzipped bytes of a page per visitor with {@code body} (as {@link #body} made it): the fixed
     * pieces are compressed once, each on its own and flushed to a byte boundary, and the token and
     * stamp go between them as stored (uncompressed) deflate blocks, so a page costs a copy and a
     * CRC-32 per request instead of a compression. Decompressed, it is {@code body} exactly.
     */
    byte[] gzippedForVisitor(byte[] body, String token, String stamp) {
        byte[][] deflated = deflatedPieces();
        byte[] tokenBytes = (token == null ? "" : token).getBytes(StandardCharsets.US_ASCII);
        byte[] stampBytes = (stamp == null ? "" : stamp).getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 3 + 256);
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        for (int i = 0; i < deflated.length; i++) {
            out.writeBytes(deflated[i]);
            if (i < isToken.size()) {
                byte[] value = isToken.get(i) ? tokenBytes : stampBytes;
                int length = value.length;
                out.writeBytes(new byte[] {0, (byte) length, (byte) (length >>> 8), (byte) ~length, (byte) (~length >>> 8)});
                out.writeBytes(value);
            }
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        long sum = crc.getValue();
        int size = body.length;
        out.writeBytes(new byte[] {(byte) sum, (byte) (sum >>> 8), (byte) (sum >>> 16), (byte) (sum >>> 24),
                (byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)});
        return out.toByteArray();
    }

    private byte[][] deflatedPieces() {
        byte[][] deflated = deflatedPieces;
        if (deflated == null) {
            deflated = new byte[pieces.size()][];
            for (int i = 0; i < pieces.size(); i++) {
                deflated[i] = deflate(pieces.get(i), i == pieces.size() - 1);
            }
            deflatedPieces = deflated;
        }
        return deflated;
    }

    /** Raw deflate of {@code piece}: ending the stream if {@code last}, otherwise flushed to a byte boundary. */
    private static byte[] deflate(byte[] piece, boolean last) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(piece);
            if (last) {
                deflater.finish();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(piece.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    /** The gzipped bytes of a representation the same for everyone, compressed once. */
    byte[] gzipped() {
        byte[] compressed = gzipped;
        if (compressed == null) {
            compressed = Representations.gzip(body);
            gzipped = compressed;
        }
        return compressed;
    }

    /** When bytes with this identity were first served, as {@code firstServed} says; kept once known. */
    Instant lastModified(Function<String, Instant> firstServed) {
        Instant instant = lastModified;
        if (instant == null) {
            instant = firstServed.apply(identity);
            lastModifiedHeader = Representations.httpDate(instant);
            lastModified = instant;
        }
        return instant;
    }

    /** The Last-Modified header of {@link #lastModified}, once that is known. */
    String lastModifiedHeader() {
        return lastModifiedHeader;
    }

    /**
     * Makes the compressed forms now, so that {@link #weight()} counts them; done before the
     * representation is stored.
     */
    void prepare() {
        if (body.length < Representations.MIN_COMPRESSED) {
            return;
        }
        if (pieces == null) {
            gzipped();
        } else {
            deflatedPieces();
        }
    }

    /** About the bytes of memory this representation holds: its body, the pieces of a page per visitor, the compressed forms made. */
    long weight() {
        long weight = body.length + 64L;
        if (pieces != null) {
            weight += body.length + 16L * pieces.size();
        }
        byte[] compressed = gzipped;
        if (compressed != null) {
            weight += compressed.length;
        }
        byte[][] deflated = deflatedPieces;
        if (deflated != null) {
            for (byte[] piece : deflated) {
                weight += piece.length + 16L;
            }
        }
        return weight;
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
