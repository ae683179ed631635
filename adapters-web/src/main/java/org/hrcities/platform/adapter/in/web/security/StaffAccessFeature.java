package org.hrcities.platform.adapter.in.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.account.Role;

/**
 * Guards every resource method that {@link Requires} a permission: 401 (the API) or a redirect to
 * the sign-in page (the admin pages) without a signed-in member of staff, 403 when the member's role
 * lacks the permission.
 */
public class StaffAccessFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Requires requires = resource.getResourceMethod().getAnnotation(Requires.class);
        if (requires == null) {
            requires = resource.getResourceClass().getAnnotation(Requires.class);
        }
        if (requires != null) {
            context.register(new Guard(requires.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Guard implements ContainerRequestFilter {

        private final Permission permission;

        Guard(Permission permission) {
            this.permission = permission;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Optional<StaffMember> member = SignedIn.member(request);
            if (member.isEmpty()) {
                String path = request.getUriInfo().getPath();
                if (RequestPaths.isAdminApi(path)) {
                    throw new NotAuthorizedException("sign in: send the email address and password of a staff account "
                            + "with HTTP Basic authentication", StaffAuthenticationFilter.CHALLENGE);
                }
                String next = "GET".equals(request.getMethod()) ? "/" + stripSlash(path)
                        + (request.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                        : "?" + request.getUriInfo().getRequestUri().getRawQuery()) : "/admin";
                request.abortWith(Response.seeOther(UriBuilder.fromPath("/admin/sign-in").queryParam("next", next).build())
                        .header("Cache-Control", "no-store").build());
                return;
            }
            if (!member.get().may(permission)) {
                throw new ForbiddenException("you are signed in as " + member.get().displayName() + " ("
                        + member.get().role().label() + "); this needs the role of " + rolesFor(permission));
            }
        }

        private static String stripSlash(String path) {
            return path.startsWith("/") ? path.substring(1) : path;
        }

        private static String rolesFor(Permission permission) {
            return String.join(" or ", Role.holding(permission).stream().map(Role::label).toList());
        }
    }
}
