package org.hrcities.platform.adapter.in.web.admin.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.FormErrors;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.security.SignedIn;
import org.hrcities.platform.adapter.in.web.site.FormToken;
import org.hrcities.platform.adapter.in.web.site.FormTokens;
import org.hrcities.platform.application.port.in.account.AccountNotFoundException;
import org.hrcities.platform.application.port.in.account.ChangeAccountCommand;
import org.hrcities.platform.application.port.in.account.ChangeOwnPasswordUseCase;
import org.hrcities.platform.application.port.in.account.LastAdministratorException;
import org.hrcities.platform.application.port.in.account.ManageAccountsUseCase;
import org.hrcities.platform.application.port.in.account.OpenAccountCommand;
import org.hrcities.platform.application.port.in.account.StaffAccount;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.in.account.WrongPasswordException;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** Administrators' pages for staff accounts, and every member's own password page. */
@ApplicationScoped
@Path("admin")
@Requires(Permission.MANAGE_ACCOUNTS)
public class AccountPagesResource {

    private ManageAccountsUseCase manageAccounts;
    private ChangeOwnPasswordUseCase changeOwnPassword;

    protected AccountPagesResource() {
        // for the container's proxy
    }

    @Inject
    public AccountPagesResource(ManageAccountsUseCase manageAccounts, ChangeOwnPasswordUseCase changeOwnPassword) {
        this.manageAccounts = manageAccounts;
        this.changeOwnPassword = changeOwnPassword;
    }

    @GET
    @Path("accounts")
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("notice") String notice, @CookieParam(FormTokens.COOKIE) Cookie cookie,
                         @Context HttpServletRequest request, @Context UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        String shown = switch (notice == null ? "" : notice) {
            case "opened" -> "The account was opened.";
            case "saved" -> "The account was saved.";
            default -> null;
        };
        return AdminPages.page(200, "admin/accounts.jte",
                new AccountsPage(nav(request, token), manageAccounts.listAccounts(), shown), token, uri);
    }

    @GET
    @Path("accounts/new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@CookieParam(FormTokens.COOKIE) Cookie cookie, @Context HttpServletRequest request,
                          @Context UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        return AdminPages.page(200, "admin/account.jte", AccountForm.blank(nav(request, token)), token, uri);
    }

    @GET
    @Path("accounts/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @CookieParam(FormTokens.COOKIE) Cookie cookie,
                         @Context HttpServletRequest request, @Context UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        StaffAccount account = manageAccounts.readAccount(accountId(id));
        return AdminPages.page(200, "admin/account.jte", AccountForm.of(nav(request, token), account), token, uri);
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response open(MultivaluedMap<String, String> form, @CookieParam(FormTokens.COOKIE) Cookie cookie,
                         @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                         @Context HttpServletRequest request, @Context UriInfo uri) {
        return save(null, form, cookie, origin, host, request, uri);
    }

    @POST
    @Path("accounts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(FormTokens.COOKIE) Cookie cookie, @HeaderParam("Origin") String origin,
                           @HeaderParam("Host") String host, @Context HttpServletRequest request, @Context UriInfo uri) {
        AccountId accountId = accountId(id);
        manageAccounts.readAccount(accountId);
        return save(accountId, form, cookie, origin, host, request, uri);
    }

    private Response save(AccountId id, MultivaluedMap<String, String> form, Cookie cookie, String origin, String host,
                          HttpServletRequest request, UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        AdminNav nav = nav(request, token);
        long version = parseVersion(form.getFirst("version"));
        AccountForm typed = new AccountForm(nav, id == null ? null : id.toString(), version, value(form, "email"),
                value(form, "displayName"), value(form, "role"), "true".equals(form.getFirst("enabled")), Map.of(), null);
        if (!FormToken.accepts(cookie, form.getFirst(FormTokens.FIELD), origin, host)) {
            return refused(403, typed, null, AdminPages.EXPIRED_FORM, token, uri);
        }
        FormErrors errors = new FormErrors();
        String displayName = errors.check("displayName", () -> Account.validDisplayName(typed.displayName()));
        EmailAddress email = errors.check("email", () -> EmailAddress.parse(typed.email()));
        Role role = errors.check("role", () -> Role.parse(typed.role()));
        String rawPassword = form.getFirst("password");
        boolean keepPassword = id != null && (rawPassword == null || rawPassword.isEmpty());
        Password password = keepPassword ? null : errors.check("password", () -> new Password(rawPassword));
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, token, uri);
        }
        try {
            if (id == null) {
                manageAccounts.openAccount(new OpenAccountCommand(email, displayName, role, password));
                return AdminPages.seeOther("/admin/accounts", "opened");
            }
            manageAccounts.changeAccount(new ChangeAccountCommand(id, version, email, displayName, role,
                    typed.enabled(), password));
            return AdminPages.seeOther("/admin/accounts", "saved");
        } catch (EmailAlreadyTakenException e) {
            errors.add("email", "Another account already uses this email address.");
            return refused(409, typed, errors, null, token, uri);
        } catch (LastAdministratorException e) {
            return refused(409, typed, null, "This is the last enabled administrator. Make another account "
                    + "administrator first.", token, uri);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, "Someone else changed this account while you were editing it, so your "
                    + "changes were not saved. Open the account again to see the current version.", token, uri);
        }
    }

    @GET
    @Path("profile")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.MODERATE_COMMENTS)
    public Response profile(@QueryParam("notice") String notice, @CookieParam(FormTokens.COOKIE) Cookie cookie,
                            @Context HttpServletRequest request, @Context UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        String shown = "password-changed".equals(notice) ? "Your password was changed." : null;
        return AdminPages.page(200, "admin/profile.jte",
                new ProfilePage(AdminNav.of(SignedIn.required(request), "profile", token.value()), Map.of(), null, shown),
                token, uri);
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.MODERATE_COMMENTS)
    public Response changePassword(MultivaluedMap<String, String> form, @CookieParam(FormTokens.COOKIE) Cookie cookie,
                                   @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                                   @Context HttpServletRequest request, @Context UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        StaffMember member = SignedIn.required(request);
        AdminNav nav = AdminNav.of(member, "profile", token.value());
        if (!FormToken.accepts(cookie, form.getFirst(FormTokens.FIELD), origin, host)) {
            return AdminPages.page(403, "admin/profile.jte", new ProfilePage(nav, Map.of(), AdminPages.EXPIRED_FORM, null),
                    token, uri);
        }
        FormErrors errors = new FormErrors();
        String raw = form.getFirst("password");
        Password password = errors.check("password", () -> new Password(raw));
        if (password != null && !password.value().equals(form.getFirst("confirmation"))) {
            errors.add("confirmation", "the two new passwords are not the same");
        }
        if (errors.isEmpty()) {
            try {
                changeOwnPassword.changeOwnPassword(member.id(), form.getFirst("currentPassword"), password);
                return AdminPages.seeOther("/admin/profile", "password-changed");
            } catch (WrongPasswordException e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        return AdminPages.page(400, "admin/profile.jte", new ProfilePage(nav, errors.messages(), null, null), token, uri);
    }

    private static Response refused(int status, AccountForm typed, FormErrors errors, String formError, FormToken token,
                                    UriInfo uri) {
        AccountForm shown = new AccountForm(typed.nav(), typed.id(), typed.version(), typed.email(), typed.displayName(),
                typed.role(), typed.enabled(), errors == null ? Map.of() : errors.messages(), formError);
        return AdminPages.page(status, "admin/account.jte", shown, token, uri);
    }

    private static AdminNav nav(HttpServletRequest request, FormToken token) {
        return AdminNav.of(SignedIn.required(request), "accounts", token.value());
    }

    private static AccountId accountId(String id) {
        try {
            return AccountId.parse(id);
        } catch (RuntimeException e) {
            throw new AccountNotFoundException();
        }
    }

    private static long parseVersion(String version) {
        try {
            return version == null ? 0 : Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }
}
