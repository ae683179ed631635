package org.hrcities.platform.adapter.in.web.form;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * When the page holding a comment form was rendered, written into the form so that the submission
 * can tell how long the visitor took at least to fill it in (bots answer within milliseconds). Every
 * reader of one rendering gets the same stamp; the page store renders a page again after a second at
 * most, so the time measured is the time the form was open plus under a second (more for a reader
 * whose browser revalidated a copy it held: the copy keeps its stamp), never less.
 * <p>
 * The stamp is the rendering time in milliseconds and an HMAC-SHA256 of it under the site's first
 * key: a client cannot backdate it. Every key of the list is tried when a stamp comes back, so that
 * keys can be rotated without refusing the forms open at that moment: put the new key first, keep
 * the old one after it for as long as a form may stay open, then drop it. The keys come from the
 * configuration, or are shared by a cluster's members, or are drawn at random when a single
 * instance starts (see the bootstrap's {@code FormStampKeys}). A missing or forged stamp counts as
 * sent at once, and the rules on arrival hold such a comment as spam, which the sender is never told
 * (and a moderator can approve it); a stamp signed with a key no longer known (one drawn before a
 * restart) counts as of unknown age.
 */
public final class FormStamps {

    /** The hidden field of the comment form that carries the stamp. */
    public static final String FIELD = "served";

    /** The fewest bytes a key may have: HMAC-SHA256's own size. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    /** Milliseconds since the epoch, a dot, and a URL-safe base64 HMAC-SHA-256 (43 characters). */
    private static final Pattern WELL_FORMED = Pattern.compile("\\d{1,15}\\.[A-Za-z0-9_-]{43}");

    private final List<SecretKeySpec> keys;

    /** Stamps signed with the first of {@code keys}, each of at least {@value #MIN_KEY_BYTES} bytes; all of them are checked. */
    public FormStamps(List<byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("form stamps need a key");
        }
        for (byte[] key : keys) {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("a form-stamp key needs at least " + MIN_KEY_BYTES + " bytes, not "
                        + key.length);
            }
        }
        this.keys = keys.stream().map(key -> new SecretKeySpec(key.clone(), ALGORITHM)).toList();
    }

    /** Stamps signed with a key drawn now, which nothing else knows. */
    public static FormStamps withRandomKey() {
        return new FormStamps(List.of(randomKey()));
    }

    /** A new key of {@value #MIN_KEY_BYTES} random bytes. */
    public static byte[] randomKey() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The stamp of a form rendered at {@code renderedAt}. */
    public String stamp(Instant renderedAt) {
        String millis = Long.toString(renderedAt.toEpochMilli());
        return millis + "." + mac(keys.get(0), millis);
    }

    /**
     * How long after it was rendered the form came back; {@link Duration#ZERO} (the fastest possible
     * answer) when the stamp is missing, malformed or lies in the future; null (unknown) when it is
     * well-formed but signed with another key, as every form served before the site restarted is:
     * a visitor who typed across a restart must not be taken for a bot. (Telling such a stamp from a
     * backdated one is not possible, and would gain nothing: replaying an old genuine stamp passes
     * the time trap anyway; the honeypot and the other rules still apply.)
     */
    public Duration fillTime(String stamp, Instant now) {
        if (!isWellFormed(stamp)) {
            return Duration.ZERO;
        }
        Instant servedAt = servedAt(stamp);
        if (servedAt == null) {
            return null;
        }
        return servedAt.isAfter(now) ? Duration.ZERO : Duration.between(servedAt, now);
    }

    private static boolean isWellFormed(String stamp) {
        return stamp != null && WELL_FORMED.matcher(stamp).matches();
    }

    /** Whether the stamp was signed with one of the keys; a form shown again keeps such a stamp. */
    public boolean isGenuine(String stamp) {
        return servedAt(stamp) != null;
    }

    private Instant servedAt(String stamp) {
        if (stamp == null || stamp.length() > 80) {
            return null;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return null;
        }
        String millis = stamp.substring(0, dot);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        boolean signed = false;
        for (SecretKeySpec key : keys) {
            signed |= MessageDigest.isEqual(given, mac(key, millis).getBytes(StandardCharsets.US_ASCII));
        }
        if (!signed) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
