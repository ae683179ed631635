package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.Objects;

/**
 * The site a WordPress export comes from, as its channel describes it.
 *
 * @param title       the site's title
 * @param link        the site's address ({@code home_url})
 * @param baseSiteUrl where WordPress itself is installed ({@code wp:base_site_url})
 * @param baseBlogUrl the blog's address ({@code wp:base_blog_url}); differs from the site's in a multisite network
 * @param language    the site's language tag, such as {@code en-US}; empty if the channel has none
 * @param wxrVersion  the export format's version, such as {@code 1.2}
 */
public record WxrSite(String title, String link, String baseSiteUrl, String baseBlogUrl, String language,
                      String wxrVersion) {

    public WxrSite {
        Objects.requireNonNull(wxrVersion, "wxrVersion");
    }
}
