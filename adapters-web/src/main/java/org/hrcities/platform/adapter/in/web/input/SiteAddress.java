package org.hrcities.platform.adapter.in.web.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's public address, {@code hrc.site.url} (such as {@code https://news.example.org}): when it is
 * set, every absolute URL the site prints (feeds, the sitemap, robots.txt, the pages' canonical
 * links, the API's {@code Link} headers, redirects) starts with it, whatever {@code Host} header a request carries. Unset (a
 * developer's machine), the site names itself by the address each request used.
 */
public record SiteAddress(Optional<URI> configured) {

    public SiteAddress {
        configured = configured.map(SiteAddress::checked);
    }

    /** The address from the setting's text; blank means unset. */
    public static SiteAddress of(String setting) {
        if (setting == null || setting.isBlank()) {
            return new SiteAddress(Optional.empty());
        }
        try {
            return new SiteAddress(Optional.of(new URI(setting.strip())));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("hrc.site.url is not a URL: " + e.getMessage(), e);
        }
    }

    private static URI checked(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("hrc.site.url must be an http or https address such as"
                    + " https://news.example.org, not \"" + uri + "\"");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("hrc.site.url is the site's origin only (scheme, host and port,"
                    + " such as https://news.example.org), not \"" + uri + "\"");
        }
        return URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + "/");
    }

    /** The base URI, ending in "/", when the address is set. */
    public Optional<URI> base() {
        return configured;
    }
}
