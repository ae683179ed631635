package org.hrcities.platform.adapter.in.web.site.privacy;

/**
 * The built-in privacy page: what the site stores for a comment, why and how long.
 *
 * @param senderDataDays how many days a comment's network address and user agent are kept
 */
public record PrivacyPage(int senderDataDays) {

    public String href() {
        return "/privacy";
    }
}
