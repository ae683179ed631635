package org.hrcities.platform.adapter.in.web.form;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
 * The stamp is the rendering time in milliseconds and an HMAC-SHA256 of it under a key drawn at
 * random when the process starts: a client cannot backdate it. A missing or forged stamp counts as
 * sent at once, and the rules on arrival hold such a comment as spam, which the sender is never told
 * (and a moderator can approve it); a stamp signed before a restart counts as of unknown age.
 */
public final class FormStamps {

    /** The hidden field of the comment form that carries the stamp. */
    public static final String FIELD = "served";

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] KEY = randomKey();
    /** Milliseconds since the epoch, a dot, and a URL-safe base64 HMAC-SHA-256 (43 characters). */
    private static final Pattern WELL_FORMED = Pattern.compile("\\d{1,15}\\.[A-Za-z0-9_-]{43}");

    private FormStamps() {
    }

    /** The stamp of a form rendered at {@code renderedAt}. */
    public static String stamp(Instant renderedAt) {
        String millis = Long.toString(renderedAt.toEpochMilli());
        return millis + "." + mac(millis);
    }

    /**
     * How long after it was rendered the form came back; {@link Duration#ZERO} (the fastest possible
     * answer) when the stamp is missing, malformed or lies in the future; null (unknown) when it is
     * well-formed but signed with another key, as every form served before the site restarted is:
     * a visitor who typed across a restart must not be taken for a bot. (Telling such a stamp from a
     * backdated one is not possible, and would gain nothing: replaying an old genuine stamp passes
     * the time trap anyway; the honeypot and the other rules still apply.)
     */
    public static Duration fillTime(String stamp, Instant now) {
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

    /** Whether the stamp is one this process made; a form shown again keeps such a stamp. */
    public static boolean isGenuine(String stamp) {
        return servedAt(stamp) != null;
    }

    private static Instant servedAt(String stamp) {
        if (stamp == null || stamp.length() > 80) {
            return null;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return null;
        }
        String millis = stamp.substring(0, dot);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(millis).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String mac(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(newMac().doFinal(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(KEY, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
