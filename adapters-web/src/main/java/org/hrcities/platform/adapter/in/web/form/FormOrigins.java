package org.hrcities.platform.adapter.in.web.form;

/**
 * Tells a form posted from this site's own pages from one another site made a browser post: the CSRF
 * defence of the public comment form, which carries no token so that its page is the same for every
 * reader. Browsers say where a request comes from and pages cannot make them lie:
 * <ul>
 * <li>{@code Sec-Fetch-Site} (every current browser): only {@code same-origin}, or {@code none} for
 * a request the visitor made themselves, is from this site; {@code same-site} (a sibling
 * subdomain) and {@code cross-site} are not;</li>
 * <li>without it, {@code Origin} (every browser since 2020 on a form post): it must name this host;
 * {@code null} (a sandboxed or privacy-sensitive context) does not;</li>
 * <li>with neither, the request does not come from a browser another site could drive (a script,
 * {@code curl}), or from one too old to send either, and is let through: such a client can post
 * what it likes anyway.</li>
 * </ul>
 * This is the rule of Go's {@code net/http.CrossOriginProtection} and of OWASP's Fetch Metadata
 * guidance. The SameSite=Strict form cookie ({@link FormTokens}) still guards the admin's forms.
 */
public final class FormOrigins {

    private FormOrigins() {
    }

    /** Whether a form post with these headers comes from a page of this site (or from no browser at all). */
    public static boolean isFromThisSite(String secFetchSite, String origin, String host) {
        if (secFetchSite != null && !secFetchSite.isBlank()) {
            String site = secFetchSite.strip();
            return site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
        }
        if (origin == null || origin.isBlank()) {
            return true;
        }
        return !origin.strip().equalsIgnoreCase("null") && FormTokens.sameOrigin(origin, host);
    }
}
