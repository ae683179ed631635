package org.hrcities.platform.adapter.in.web.wordpress;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addresses a WordPress site gave the files in its uploads folder:
 * {@code https://site/wp-content/uploads/2021/05/photo.jpg}, relative {@code /wp-content/uploads/...},
 * and the smaller copies WordPress made of each image ({@code photo-300x200.jpg}), which all stand for
 * the one file here.
 */
public final class UploadsAddresses {

    /** Where a WordPress site serves its uploads, below its own address. */
    public static final String FOLDER = "/wp-content/uploads/";

    private static final Pattern SIZE = Pattern.compile("-\\d{1,5}x\\d{1,5}(?=\\.[A-Za-z0-9]{1,5}$)");

    private UploadsAddresses() {
    }

    /**
     * The path in the uploads ({@code 2021/05/photo.jpg}) that {@code address} names: a relative address,
     * or one on a host of the exported site ({@code hosts}, lower case). Empty for any other address.
     */
    static Optional<String> pathOf(String address, Set<String> hosts) {
        if (address == null) {
            return Optional.empty();
        }
        String plain = address.strip();
        int end = indexOfAny(plain, '?', '#');
        plain = end < 0 ? plain : plain.substring(0, end);
        if (plain.startsWith("//")) {
            plain = "http:" + plain;
        }
        String path;
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(plain.replace(" ", "%20"));
                if (uri.getHost() == null || !hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                path = uri.getRawPath();
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
        } else if (plain.startsWith("/")) {
            path = plain;
        } else {
            return Optional.empty();
        }
        int at = path == null ? -1 : path.indexOf(FOLDER);
        if (at < 0) {
            return Optional.empty();
        }
        return inUploads(path.substring(at + FOLDER.length()));
    }

    /**
     * The path in the uploads that the rest of an address after {@link #FOLDER} names (percent-decoded),
     * or empty when it could lead out of the folder.
     */
    static Optional<String> inUploads(String rest) {
        String decoded;
        try {
            decoded = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return safe(decoded);
    }

    /** The path in the uploads, decoded already, or empty when it could lead out of the folder or names a folder. */
    public static Optional<String> safe(String path) {
        return UploadsArchive.isSafe(path) && !path.endsWith("/") ? Optional.of(path) : Optional.empty();
    }

    /** The path of the file WordPress made a smaller copy from ({@code photo.jpg} for {@code photo-300x200.jpg}), if it is one. */
    public static Optional<String> original(String path) {
        String without = SIZE.matcher(path).replaceFirst("");
        return without.equals(path) ? Optional.empty() : Optional.of(without);
    }

    /** The host of an address, in lower case, or empty. */
    static Optional<String> hostOf(String address) {
        try {
            return Optional.ofNullable(URI.create(address.strip().replace(" ", "%20")).getHost())
                    .map(host -> host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
