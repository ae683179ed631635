package org.hrcities.platform.adapter.in.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.hrcities.platform.application.port.in.account.StaffMember;

/**
 * Who is signed in, for the request at hand: set by {@link StaffAuthenticationFilter} from the
 * session (admin pages) or from HTTP Basic credentials (admin API), read by resources and filters.
 */
public final class SignedIn {

    /** The session attribute that holds the signed-in account's id. */
    static final String SESSION_ACCOUNT = "hrc.staff.account";
    private static final String REQUEST_MEMBER = StaffMember.class.getName();

    private SignedIn() {
    }

    public static Optional<StaffMember> member(HttpServletRequest request) {
        return Optional.ofNullable((StaffMember) request.getAttribute(REQUEST_MEMBER));
    }

    /** The same, as JAX-RS filters see the request (its properties are the servlet request's attributes). */
    public static Optional<StaffMember> member(ContainerRequestContext request) {
        return Optional.ofNullable((StaffMember) request.getProperty(REQUEST_MEMBER));
    }

    /** The signed-in member; only for resources guarded by {@link Requires}, where there always is one. */
    public static StaffMember required(HttpServletRequest request) {
        return member(request).orElseThrow(() -> new IllegalStateException("no member of staff is signed in"));
    }

    static void attach(HttpServletRequest request, StaffMember member) {
        request.setAttribute(REQUEST_MEMBER, member);
    }

    /**
     * Starts a signed-in session for {@code member}: a new session id (so a session id planted before
     * sign-in is worthless afterwards) that remembers the account.
     */
    public static void startSession(HttpServletRequest request, StaffMember member) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_ACCOUNT, member.id().toString());
        attach(request, member);
    }

    /** Ends the session, if any. */
    public static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
