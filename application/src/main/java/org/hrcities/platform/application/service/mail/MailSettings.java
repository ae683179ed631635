package org.hrcities.platform.application.service.mail;

import java.net.URI;
import java.util.Objects;

/**
 * Whether the site sends mail at all (a mail server is configured), and the public origin its links
 * start with. Without a mail server nothing is queued: the features that need mail say so to their users.
 *
 * @param enabled whether a mail server is configured
 * @param origin the site's public origin, such as {@code https://news.example.org}, without a path
 */
public record MailSettings(boolean enabled, URI origin) {

    public MailSettings {
        Objects.requireNonNull(origin, "origin");
        if (!origin.isAbsolute() || origin.getHost() == null
                || (origin.getPath() != null && !origin.getPath().isEmpty() && !"/".equals(origin.getPath()))) {
            throw new IllegalArgumentException("the origin is an absolute address without a path: " + origin);
        }
        String text = origin.toString();
        origin = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** No mail server; links would start with {@code origin}. */
    public static MailSettings disabled(URI origin) {
        return new MailSettings(false, origin);
    }

    /** The absolute address of {@code path} (which starts with {@code /} and is already encoded). */
    public URI link(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /");
        }
        return URI.create(origin + path);
    }
}
