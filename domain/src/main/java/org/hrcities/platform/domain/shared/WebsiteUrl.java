package org.hrcities.platform.domain.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute http or https address of a web site. Other schemes ({@code javascript:},
 * {@code data:}, {@code file:} ...) are refused, so a stored address is always safe to link to.
 */
public record WebsiteUrl(String value) {

    public static final int MAX_LENGTH = 200;

    public WebsiteUrl {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("website", "website is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("website", "website must be at most " + MAX_LENGTH + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                throw new InvalidValueException("website", "website must be a web address without spaces or quotes");
            }
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("website", "website is not a valid web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValueException("website", "website must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
            throw new InvalidValueException("website", "website must name a host, such as https://example.org");
        }
    }

    /**
     * Reads an address as people type it: surrounding spaces are ignored and an address without a
     * scheme ("example.org/about") is taken as https.
     */
    public static WebsiteUrl parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("website", "website is required");
        }
        String text = input.strip();
        boolean hasScheme = text.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
        boolean looksLikeHostWithPort = text.matches("(?i)^[a-z0-9.-]+\\.[a-z]{2,}:\\d+(/.*)?$");
        if (!hasScheme || looksLikeHostWithPort) {
            text = "https://" + text;
        }
        return new WebsiteUrl(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
