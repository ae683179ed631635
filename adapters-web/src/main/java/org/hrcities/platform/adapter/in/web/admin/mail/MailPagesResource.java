package org.hrcities.platform.adapter.in.web.admin.mail;

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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.mail.ListOutgoingMailUseCase;
import org.hrcities.platform.application.port.in.mail.MailNotFailedException;
import org.hrcities.platform.application.port.in.mail.MailNotFoundException;
import org.hrcities.platform.application.port.in.mail.OutgoingMailList;
import org.hrcities.platform.application.port.in.mail.RetryMailUseCase;
import org.hrcities.platform.application.port.in.notification.ChooseModerationDigestUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * The outbox for administrators ({@code /admin/mail}: failed messages first, then the queued and sent
 * ones, {@value #PER_PAGE} a page, a failed one sent again with one button) and, for every member of
 * staff, the choice of the moderation digest made on their profile ({@code POST /admin/mail/digest}).
 */
@ApplicationScoped
@Path("admin/mail")
@Requires(Permission.MANAGE_SETTINGS)
public class MailPagesResource {

    static final int PER_PAGE = 25;
    private static final Map<String, String> NOTICES = Map.of(
            "retried", "The message is queued again and goes out within seconds.",
            "not-failed", "That message had not failed (it was sent, or is queued already): nothing was done.",
            "missing", "That message is no longer in the outbox.");

    private ListOutgoingMailUseCase list;
    private RetryMailUseCase retry;
    private ChooseModerationDigestUseCase digest;

    protected MailPagesResource() {
        // for the container's proxy
    }

    @Inject
    public MailPagesResource(ListOutgoingMailUseCase list, RetryMailUseCase retry, ChooseModerationDigestUseCase digest) {
        this.list = list;
        this.retry = retry;
        this.digest = digest;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response outbox(@QueryParam("state") String state, @QueryParam("page") String page,
                           @QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        DeliveryState shown;
        try {
            shown = state == null || state.isBlank() ? DeliveryState.FAILED
                    : DeliveryState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            shown = DeliveryState.FAILED;
        }
        OutgoingMailList found;
        try {
            found = list.listOutgoingMail(shown, Paging.request(page, null, PER_PAGE));
        } catch (InvalidValueException e) {
            found = list.listOutgoingMail(shown, Paging.request(null, null, PER_PAGE));
        }
        String tab = shown.name().toLowerCase(Locale.ROOT);
        int number = found.page().request().page();
        String base = "/admin/mail?state=" + tab + "&page=";
        MailPage model = new MailPage(admin.nav("mail"), found.mailEnabled(), tab,
                found.counts().getOrDefault(DeliveryState.QUEUED, 0L), found.counts().getOrDefault(DeliveryState.SENT, 0L),
                found.counts().getOrDefault(DeliveryState.FAILED, 0L),
                found.page().items().stream().map(MailPagesResource::row).toList(), number, found.page().totalPages(),
                found.page().hasPrevious() ? base + (number - 1) : null, found.page().hasNext() ? base + (number + 1) : null,
                notice == null ? null : NOTICES.get(notice));
        return admin.page(200, "admin/mail.jte", model);
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") String id, MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        if (!admin.acceptsForm(form)) {
            return AdminPages.seeOther("/admin/mail", null);
        }
        try {
            retry.retryMail(new MailId(UUID.fromString(id)));
            return AdminPages.seeOther("/admin/mail", "retried");
        } catch (MailNotFailedException e) {
            return AdminPages.seeOther("/admin/mail", "not-failed");
        } catch (MailNotFoundException | IllegalArgumentException e) {
            return AdminPages.seeOther("/admin/mail", "missing");
        }
    }

    /** Every member of staff chooses for their own address, from their profile. */
    @POST
    @Path("digest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(Permission.MODERATE_COMMENTS)
    public Response chooseDigest(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        if (!admin.acceptsForm(form)) {
            return AdminPages.seeOther("/admin/profile", "expired");
        }
        boolean wanted = !AdminPages.value(form, "digest").isBlank();
        digest.chooseModerationDigest(admin.member().id(), wanted);
        return AdminPages.seeOther("/admin/profile", wanted ? "digest-on" : "digest-off");
    }

    private static MailPage.Row row(OutgoingMail mail) {
        return new MailPage.Row(mail.id().toString(), label(mail.message().kind().name()), mail.message().to().value(),
                mail.message().subject(), mail.attempts(), mail.queuedAt(),
                mail.state() == DeliveryState.QUEUED ? mail.nextAttemptAt() : null, mail.sentAt().orElse(null),
                mail.lastError().orElse(null), mail.state() == DeliveryState.FAILED);
    }

    private static String label(String kind) {
        String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
