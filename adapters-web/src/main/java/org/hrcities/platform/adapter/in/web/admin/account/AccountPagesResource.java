package org.hrcities.platform.adapter.in.web.admin.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.admin.AdminTexts;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.account.AccountNotFoundException;
import org.hrcities.platform.application.port.in.account.ChangeAccountCommand;
import org.hrcities.platform.application.port.in.account.ChangeAccountUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnAdminLanguageUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnPasswordUseCase;
import org.hrcities.platform.application.port.in.account.InvalidCurrentPasswordException;
import org.hrcities.platform.application.port.in.account.LastAdministratorException;
import org.hrcities.platform.application.port.in.account.ListAccountsUseCase;
import org.hrcities.platform.application.port.in.account.OpenAccountCommand;
import org.hrcities.platform.application.port.in.account.OpenAccountUseCase;
import org.hrcities.platform.application.port.in.account.ReadAccountUseCase;
import org.hrcities.platform.application.port.in.account.StaffAccount;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.in.notification.ChooseModerationDigestUseCase;
import org.hrcities.platform.application.port.in.notification.ReadMailOptionsUseCase;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;

/** Administrators' pages for staff accounts, and every member's own password page. */
@ApplicationScoped
@Path("admin")
@Requires(Permission.MANAGE_ACCOUNTS)
public class AccountPagesResource {

    private ListAccountsUseCase listAccounts;
    private ReadAccountUseCase readAccount;
    private OpenAccountUseCase openAccount;
    private ChangeAccountUseCase changeAccount;
    private ChangeOwnPasswordUseCase changeOwnPassword;
    private ChangeOwnAdminLanguageUseCase changeOwnAdminLanguage;
    private ChooseModerationDigestUseCase digest;
    private ReadMailOptionsUseCase mailOptions;

    protected AccountPagesResource() {
        // for the container's proxy
    }

    @Inject
    public AccountPagesResource(ListAccountsUseCase listAccounts, ReadAccountUseCase readAccount,
                                OpenAccountUseCase openAccount, ChangeAccountUseCase changeAccount,
                                ChangeOwnPasswordUseCase changeOwnPassword,
                                ChangeOwnAdminLanguageUseCase changeOwnAdminLanguage, ChooseModerationDigestUseCase digest,
                                ReadMailOptionsUseCase mailOptions) {
        this.changeOwnAdminLanguage = changeOwnAdminLanguage;
        this.digest = digest;
        this.mailOptions = mailOptions;
        this.listAccounts = listAccounts;
        this.readAccount = readAccount;
        this.openAccount = openAccount;
        this.changeAccount = changeAccount;
        this.changeOwnPassword = changeOwnPassword;
    }

    @GET
    @Path("accounts")
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        String shown = switch (notice == null ? "" : notice) {
            case "opened" -> admin.texts().t("accounts.notice.opened");
            case "saved" -> admin.texts().t("accounts.notice.saved");
            default -> null;
        };
        return admin.page(200, "admin/accounts.jte",
                new AccountsPage(admin.nav("accounts"), listAccounts.listAccounts(), shown));
    }

    @GET
    @Path("accounts/new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        return admin.page(200, "admin/account.jte", AccountForm.blank(admin.nav("accounts")));
    }

    @GET
    @Path("accounts/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        StaffAccount account = readAccount.readAccount(accountId(id));
        return admin.page(200, "admin/account.jte", AccountForm.of(admin.nav("accounts"), account));
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response open(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        return save(null, form, admin);
    }

    @POST
    @Path("accounts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @BeanParam AdminRequest admin) {
        AccountId accountId = accountId(id);
        readAccount.readAccount(accountId);
        return save(accountId, form, admin);
    }

    private Response save(AccountId id, MultivaluedMap<String, String> form, AdminRequest admin) {
        AdminNav nav = admin.nav("accounts");
        long version = AdminPages.version(form);
        AccountForm typed = new AccountForm(nav, id == null ? null : id.toString(), version, AdminPages.value(form, "email"),
                AdminPages.value(form, "displayName"), AdminPages.value(form, "role"), "true".equals(form.getFirst("enabled")), Map.of(), null);
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, admin.texts().t("common.expiredForm"), admin);
        }
        FieldErrors errors = new FieldErrors();
        String displayName = errors.capture("displayName", () -> Account.validDisplayName(typed.displayName()));
        EmailAddress email = errors.capture("email", () -> EmailAddress.parse(typed.email()));
        Role role = errors.capture("role", () -> Role.parse(typed.role()));
        String rawPassword = form.getFirst("password");
        boolean keepPassword = id != null && (rawPassword == null || rawPassword.isEmpty());
        Password password = keepPassword ? null : errors.capture("password", () -> new Password(rawPassword));
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, admin);
        }
        try {
            if (id == null) {
                openAccount.openAccount(new OpenAccountCommand(email, displayName, role, password));
                return AdminPages.seeOther("/admin/accounts", "opened");
            }
            changeAccount.changeAccount(new ChangeAccountCommand(id, version, email, displayName, role,
                    typed.enabled(), password));
            return AdminPages.seeOther("/admin/accounts", "saved");
        } catch (EmailAlreadyTakenException e) {
            errors.add("email", admin.texts().t("account.error.emailTaken"));
            return refused(409, typed, errors, null, admin);
        } catch (LastAdministratorException e) {
            return refused(409, typed, null, admin.texts().t("account.error.lastAdministrator"), admin);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, admin.texts().t("account.error.stale"), admin);
        }
    }

    @GET
    @Path("profile")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.MODERATE_COMMENTS)
    public Response profile(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        Texts t = admin.texts();
        String shown = switch (notice == null ? "" : notice) {
            case "password-changed" -> t.t("profile.notice.passwordChanged");
            case "language-changed" -> t.t("profile.notice.languageChanged");
            case "digest-on" -> t.t("profile.notice.digestOn");
            case "digest-off" -> t.t("profile.notice.digestOff");
            case "expired" -> t.t("common.expiredForm");
            default -> null;
        };
        return admin.page(200, "admin/profile.jte", profile(admin.nav("profile"), Map.of(), null, shown, admin));
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.MODERATE_COMMENTS)
    public Response changePassword(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        StaffMember member = admin.member();
        AdminNav nav = admin.nav("profile");
        if (!admin.acceptsForm(form)) {
            return admin.page(403, "admin/profile.jte", profile(nav, Map.of(), admin.texts().t("common.expiredForm"), null,
                    admin));
        }
        FieldErrors errors = new FieldErrors();
        String raw = form.getFirst("password");
        Password password = errors.capture("password", () -> new Password(raw));
        if (password != null && !password.value().equals(form.getFirst("confirmation"))) {
            errors.add("confirmation", admin.texts().t("profile.error.confirmation"));
        }
        if (errors.isEmpty()) {
            try {
                changeOwnPassword.changeOwnPassword(member.id(), form.getFirst("currentPassword"), password);
                return AdminPages.seeOther("/admin/profile", "password-changed");
            } catch (InvalidCurrentPasswordException e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        return admin.page(400, "admin/profile.jte", profile(nav, errors.messages(), null, null, admin));
    }

    /**
     * The member chooses the language of their admin: a code the admin speaks, or "" for the site's
     * default. Anything else changes nothing and shows the profile again.
     */
    @POST
    @Path("profile/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.MODERATE_COMMENTS)
    public Response changeAdminLanguage(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        if (!admin.acceptsForm(form)) {
            return AdminPages.seeOther("/admin/profile", "expired");
        }
        String code = AdminPages.value(form, "language").strip();
        Optional<Language> chosen = AdminTexts.offered(code);
        if (chosen.isEmpty() && !code.isEmpty()) {
            return admin.page(400, "admin/profile.jte", profile(admin.nav("profile"), Map.of("language",
                    admin.texts().t("profile.error.language")), null, null, admin));
        }
        changeOwnAdminLanguage.changeOwnAdminLanguage(admin.member().id(), chosen);
        return AdminPages.seeOther("/admin/profile", "language-changed");
    }

    private ProfilePage profile(AdminNav nav, Map<String, String> errors, String formError, String notice,
                                AdminRequest admin) {
        boolean offered = mailOptions.sendsMail() && admin.member().may(Permission.MODERATE_COMMENTS);
        return new ProfilePage(nav, errors, formError, notice, offered,
                offered && digest.receivesModerationDigest(admin.member().id()), mailOptions.moderationDigestMinutes(),
                admin.member().adminLanguage(), AdminTexts.siteDefault(admin.servletRequest()));
    }

    private static Response refused(int status, AccountForm typed, FieldErrors errors, String formError, AdminRequest admin) {
        AccountForm shown = new AccountForm(typed.nav(), typed.id(), typed.version(), typed.email(), typed.displayName(),
                typed.role(), typed.enabled(), errors == null ? Map.of() : errors.messages(), formError);
        return admin.page(status, "admin/account.jte", shown);
    }

    private static AccountId accountId(String id) {
        try {
            return AccountId.parse(id);
        } catch (RuntimeException e) {
            throw new AccountNotFoundException();
        }
    }
}
