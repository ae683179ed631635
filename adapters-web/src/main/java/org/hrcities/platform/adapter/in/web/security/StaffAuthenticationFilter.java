package org.hrcities.platform.adapter.in.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.application.port.in.account.FindStaffMemberUseCase;
import org.hrcities.platform.application.port.in.account.SignInCommand;
import org.hrcities.platform.application.port.in.account.SignInResult;
import org.hrcities.platform.application.port.in.account.SignInUseCase;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Who is calling, for the admin only (public pages never depend on it, and this filter does not run
 * for them): the admin pages by the signed-in session that the sign-in form started, the admin API by
 * HTTP Basic credentials sent with each request (the API never starts a session). The account is
 * looked up again on every request, so a disabled account or a changed role counts at once. Whether
 * the caller may do what they ask is checked by the resources' {@link Requires}.
 * <p>
 * A servlet filter mapped to the admin's paths rather than a Jakarta Security
 * {@code HttpAuthenticationMechanism}: Payara runs such a mechanism through its JASPIC bridge for
 * every request of the application, public pages included (a JNDI and CDI lookup per request, the
 * largest cost of a page answered from the
 * {@link org.hrcities.platform.adapter.in.web.cache.PageCache}: decision 0016); the roles are the
 * application's own, so nothing here needs the container to know the caller.
 * <p>
 * Mapped to asynchronous dispatches as well: a request whose body did not come whole with its head
 * reaches the filters after {@link org.hrcities.platform.adapter.in.web.filter.RequestLimitsFilter}
 * only once the body is there, in such a dispatch.
 */
@WebFilter(filterName = "staff-authentication", urlPatterns = {"/admin/*", "/api/admin/*"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC}, asyncSupported = true)
public class StaffAuthenticationFilter implements Filter {

    /** The realm named in WWW-Authenticate challenges. */
    public static final String CHALLENGE = "Basic realm=\"hrc-admin\", charset=\"UTF-8\"";

    @Inject
    SignInUseCase signIn;

    @Inject
    FindStaffMemberUseCase findStaffMember;

    @Inject
    ClientAddresses clientAddresses;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (authenticate(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /** Attaches the signed-in member, if any; false when the request was answered here (bad credentials). */
    boolean authenticate(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (RequestPaths.isAdminApi(path)) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(authorization.substring(6).strip(), request, response);
            }
        } else if (RequestPaths.isAdminPage(path)) {
            fromSession(request).ifPresent(member -> SignedIn.attach(request, member));
        }
        return true;
    }

    private Optional<StaffMember> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignedIn.SESSION_ACCOUNT) instanceof String id)) {
            return Optional.empty();
        }
        Optional<StaffMember> member = findStaffMember.findStaffMember(AccountId.parse(id));
        if (member.isEmpty()) {
            session.invalidate();
        }
        return member;
    }

    private boolean basic(String encoded, HttpServletRequest request, HttpServletResponse response) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(response, 401, "malformed-credentials", "Malformed credentials",
                    "the Authorization header must be Basic followed by base64 of email:password", null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(response, 401, "malformed-credentials", "Malformed credentials",
                    "the Basic credentials must be email:password", null);
        }
        SignInResult result = signIn.signIn(new SignInCommand(decoded.substring(0, colon), decoded.substring(colon + 1),
                clientAddresses.of(request)));
        if (result instanceof SignInResult.SignedIn signedIn) {
            SignedIn.attach(request, signedIn.member());
            return true;
        }
        if (result instanceof SignInResult.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            return refuse(response, 429, "too-many-sign-in-attempts", "Too many sign-in attempts",
                    "too many failed sign-in attempts for this account or from this address; try again in "
                            + throttled.retryAfterSeconds() + " seconds", null);
        }
        return refuse(response, 401, "bad-credentials", "Bad credentials",
                "the email address and password do not match an enabled staff account", CHALLENGE);
    }

    /** Answers the request here, with problem details, and keeps it from the resources. */
    private static boolean refuse(HttpServletResponse response, int status, String kind, String title,
                                  String detail, String challenge) {
        try {
            response.setStatus(status);
            if (challenge != null) {
                response.setHeader("WWW-Authenticate", challenge);
            }
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"/problems/" + kind + "\",\"title\":\"" + title + "\",\"status\":"
                    + status + ",\"detail\":\"" + detail + "\"}");
        } catch (IOException | InvalidValueException e) {
            response.setStatus(status);
        }
        return false;
    }
}
