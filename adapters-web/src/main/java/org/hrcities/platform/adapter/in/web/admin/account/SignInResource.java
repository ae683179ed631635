package org.hrcities.platform.adapter.in.web.admin.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminTexts;
import org.hrcities.platform.adapter.in.web.form.FormToken;
import org.hrcities.platform.adapter.in.web.form.FormTokens;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.security.SignedIn;
import org.hrcities.platform.application.port.in.account.SignInCommand;
import org.hrcities.platform.application.port.in.account.SignInResult;
import org.hrcities.platform.application.port.in.account.SignInUseCase;

/**
 * The admin's sign-in and sign-out forms. Signing in starts a session under a new session id;
 * signing out ends it. Both forms carry the CSRF token, so that no other site can sign a browser in
 * or out.
 */
@ApplicationScoped
@Path("admin")
public class SignInResource {

    private SignInUseCase signIn;
    private ClientAddresses clientAddresses;

    protected SignInResource() {
        // for the container's proxy
    }

    @Inject
    public SignInResource(SignInUseCase signIn, ClientAddresses clientAddresses) {
        this.signIn = signIn;
        this.clientAddresses = clientAddresses;
    }

    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("next") String next, @QueryParam("notice") String notice,
                         @CookieParam(FormTokens.COOKIE) Cookie cookie, @Context HttpServletRequest request,
                         @Context UriInfo uri) {
        if (SignedIn.member(request).isPresent()) {
            return Response.seeOther(URI.create(safeNext(next))).build();
        }
        FormToken token = FormToken.of(cookie);
        Texts t = AdminTexts.forRequest(request, null);
        String shown = "signed-out".equals(notice) ? t.t("signIn.notice.signedOut") : null;
        return AdminPages.page(200, "admin/signIn.jte", new SignInPage(token.value(), "", safeNext(next), null, shown),
                t, token, uri);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password,
                           @FormParam("next") String next, @FormParam(FormTokens.FIELD) String formToken,
                           @CookieParam(FormTokens.COOKIE) Cookie cookie, @HeaderParam("Origin") String origin,
                           @HeaderParam("Host") String host, @Context HttpServletRequest request, @Context UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        Texts t = AdminTexts.forRequest(request, null);
        String typed = email == null ? "" : email.strip();
        if (!FormToken.accepts(cookie, formToken, origin, host)) {
            return refused(403, typed, next, t.t("signIn.error.expired"), t, token, uri);
        }
        SignInResult result = signIn.signIn(new SignInCommand(typed, password, clientAddresses.of(request)));
        if (result instanceof SignInResult.SignedIn signedIn) {
            SignedIn.startSession(request, signedIn.member());
            return Response.seeOther(URI.create(safeNext(next))).header("Cache-Control", "no-store").build();
        }
        if (result instanceof SignInResult.Throttled throttled) {
            long seconds = throttled.retryAfterSeconds();
            Response page = refused(429, typed, next, t.t("signIn.error.throttled", seconds), t, token, uri);
            return Response.fromResponse(page).header("Retry-After", seconds).build();
        }
        return refused(401, typed, next, t.t("signIn.error.refused"), t, token, uri);
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signOut(@FormParam(FormTokens.FIELD) String formToken, @CookieParam(FormTokens.COOKIE) Cookie cookie,
                            @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                            @Context HttpServletRequest request) {
        if (!FormToken.accepts(cookie, formToken, origin, host)) {
            return AdminPages.seeOther("/admin", "expired-form");
        }
        SignedIn.endSession(request);
        return AdminPages.seeOther("/admin/sign-in", "signed-out");
    }

    private static Response refused(int status, String email, String next, String message, Texts t, FormToken token,
                                    UriInfo uri) {
        Response page = AdminPages.page(status, "admin/signIn.jte",
                new SignInPage(token.value(), email, safeNext(next), message, null), t, token, uri);
        return status == 401 ? Response.fromResponse(page).header("WWW-Authenticate", "Form realm=\"hrc-admin\"").build() : page;
    }

    /** Only a path inside the admin: never another site (an open redirect would help phishing). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/admin") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x21 || c > 0x7e) || next.startsWith("/admin/sign-")) {
            return "/admin";
        }
        return next;
    }
}
