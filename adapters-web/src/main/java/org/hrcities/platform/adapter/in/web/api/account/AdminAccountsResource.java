package org.hrcities.platform.adapter.in.web.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.security.SignedIn;
import org.hrcities.platform.application.port.in.account.AccountNotFoundException;
import org.hrcities.platform.application.port.in.account.ChangeAccountCommand;
import org.hrcities.platform.application.port.in.account.ChangeAccountUseCase;
import org.hrcities.platform.application.port.in.account.ListAccountsUseCase;
import org.hrcities.platform.application.port.in.account.OpenAccountCommand;
import org.hrcities.platform.application.port.in.account.OpenAccountUseCase;
import org.hrcities.platform.application.port.in.account.ReadAccountUseCase;
import org.hrcities.platform.application.port.in.account.StaffAccount;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** The admin API's staff accounts (administrators), and {@code /api/admin/me} for every member of staff. */
@ApplicationScoped
@Path("api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.MANAGE_ACCOUNTS)
public class AdminAccountsResource {

    private ListAccountsUseCase listAccounts;
    private ReadAccountUseCase readAccount;
    private OpenAccountUseCase openAccount;
    private ChangeAccountUseCase changeAccount;

    protected AdminAccountsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminAccountsResource(ListAccountsUseCase listAccounts, ReadAccountUseCase readAccount,
                                 OpenAccountUseCase openAccount, ChangeAccountUseCase changeAccount) {
        this.listAccounts = listAccounts;
        this.readAccount = readAccount;
        this.openAccount = openAccount;
        this.changeAccount = changeAccount;
    }

    /** Who the credentials belong to. */
    @GET
    @Path("me")
    @Requires(Permission.MODERATE_COMMENTS)
    public Response me(@Context HttpServletRequest request) {
        return noStore(Response.ok(StaffMemberResponse.from(SignedIn.required(request))));
    }

    @GET
    @Path("accounts")
    public Response list() {
        List<StaffAccountResponse> accounts = listAccounts.listAccounts().stream().map(StaffAccountResponse::from).toList();
        return noStore(Response.ok(accounts));
    }

    @GET
    @Path("accounts/{id}")
    public Response read(@PathParam("id") String id) {
        return one(Response.ok(), readAccount.readAccount(accountId(id)));
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(OpenAccountRequest body) {
        requireBody(body);
        FieldErrors errors = new FieldErrors();
        EmailAddress email = errors.capture("email", () -> EmailAddress.parse(body.email()));
        String displayName = errors.capture("displayName", () -> Account.validDisplayName(body.displayName()));
        Role role = errors.capture("role", () -> Role.parse(body.role()));
        Password password = errors.capture("password", () -> new Password(body.password()));
        errors.throwIfAny();
        StaffAccount opened = openAccount.openAccount(new OpenAccountCommand(email, displayName, role, password));
        return one(Response.created(UriBuilder.fromPath("/api/admin/accounts/{id}").build(opened.id().toString())), opened);
    }

    /** Replaces the account as read at the version in {@code If-Match}. */
    @PUT
    @Path("accounts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ChangeAccountRequest body) {
        AccountId accountId = accountId(id);
        readAccount.readAccount(accountId);
        long expected = Preconditions.expectedVersion(ifMatch);
        requireBody(body);
        FieldErrors errors = new FieldErrors();
        EmailAddress email = errors.capture("email", () -> EmailAddress.parse(body.email()));
        String displayName = errors.capture("displayName", () -> Account.validDisplayName(body.displayName()));
        Role role = errors.capture("role", () -> Role.parse(body.role()));
        Password password = body.password() == null ? null : errors.capture("password", () -> new Password(body.password()));
        if (body.enabled() == null) {
            errors.capture("enabled", () -> {
                throw new InvalidValueException("enabled", "enabled is required");
            });
        }
        errors.throwIfAny();
        StaffAccount changed = Preconditions.unlessStale(() -> changeAccount.changeAccount(new ChangeAccountCommand(
                accountId, expected, email, displayName, role, body.enabled(), password)));
        return one(Response.ok(), changed);
    }

    /** A JSON {@code null} reads as no body: refused like a missing one. */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidValueException("email", "a JSON body with the account is required");
        }
    }

    private static Response one(Response.ResponseBuilder response, StaffAccount account) {
        return noStore(response.entity(StaffAccountResponse.from(account)).tag(Preconditions.tagOf(account.version())));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }

    private static AccountId accountId(String id) {
        try {
            return AccountId.parse(id);
        } catch (RuntimeException e) {
            throw new AccountNotFoundException();
        }
    }
}
