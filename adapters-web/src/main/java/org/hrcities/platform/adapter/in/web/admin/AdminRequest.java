package org.hrcities.platform.adapter.in.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hrcities.platform.adapter.in.web.form.FormToken;
import org.hrcities.platform.adapter.in.web.form.FormTokens;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.security.SignedIn;
import org.hrcities.platform.application.port.in.account.StaffMember;

/**
 * What every admin page needs from its request, gathered once ({@code @BeanParam AdminRequest admin}):
 * the signed-in member, the browser's CSRF token, the checks a posted form must pass, and the
 * rendering of a page with the admin's navigation.
 */
public class AdminRequest {

    @CookieParam(FormTokens.COOKIE)
    private Cookie cookie;

    @HeaderParam("Origin")
    private String origin;

    @HeaderParam("Host")
    private String host;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    private FormToken token;

    /** The browser's form token; a new one when it has none yet (the page hands it over). */
    public FormToken token() {
        if (token == null) {
            token = FormToken.of(cookie);
        }
        return token;
    }

    /** Whether a posted form carries the browser's token and, if the browser says, comes from this site. */
    public boolean acceptsForm(MultivaluedMap<String, String> form) {
        return acceptsForm(form.getFirst(FormTokens.FIELD));
    }

    public boolean acceptsForm(String formToken) {
        return FormToken.accepts(cookie, formToken, origin, host);
    }

    /** The signed-in member: there always is one behind {@code @Requires}. */
    public StaffMember member() {
        return SignedIn.required(request);
    }

    /**
     * The admin's words in the language the member chose, else in the site's default language (English
     * without a request, as in a test's stand-in).
     */
    public Texts texts() {
        return request == null ? AdminTexts.english() : AdminTexts.forRequest(request, SignedIn.member(request).orElse(null));
    }

    /** The navigation for the member, with {@code section} marked as the current one. */
    public AdminNav nav(String section) {
        return AdminNav.of(member(), section, token().value());
    }

    /** Renders an admin page in the member's language, with the form token and no caching. */
    public Response page(int status, String template, Object model) {
        return AdminPages.page(status, template, model, texts(), token(), uri);
    }

    public HttpServletRequest servletRequest() {
        return request;
    }

    public UriInfo uri() {
        return uri;
    }
}
