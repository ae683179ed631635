package org.hrcities.platform.adapter.in.web.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The site's static files (its one style sheet and its icon), read once from the classpath. Pages
 * link them with a version taken from their content, so browsers may keep them for a year.
 */
public final class Assets {

    /** One file: its bytes, media type and content version. */
    public record Asset(byte[] bytes, String mediaType, String version) {
    }

    private static final Map<String, Asset> FILES = Map.of(
            "site.css", load("site.css", "text/css;charset=UTF-8"),
            "favicon.svg", load("favicon.svg", "image/svg+xml"));

    private Assets() {
    }

    public static Asset get(String name) {
        return FILES.get(name);
    }

    /** The address of a file with its version, as pages link it. */
    public static String href(String name) {
        return "/assets/" + name + "?v=" + FILES.get(name).version();
    }

    private static Asset load(String name, String mediaType) {
        try (InputStream in = Assets.class.getResourceAsStream("/site/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + name);
            }
            byte[] bytes = in.readAllBytes();
            return new Asset(bytes, mediaType, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
