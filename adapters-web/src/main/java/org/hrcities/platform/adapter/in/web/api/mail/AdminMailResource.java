package org.hrcities.platform.adapter.in.web.api.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.application.port.in.mail.ListOutgoingMailUseCase;
import org.hrcities.platform.application.port.in.mail.OutgoingMailList;
import org.hrcities.platform.application.port.in.mail.RetryMailUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * The outbox for administrators: {@code GET /api/admin/mail?state=failed} (or {@code queued}, {@code sent};
 * failed unless said) lists its messages, newest first, paged with {@code page} and {@code per_page}
 * and the counts per state in {@code X-Mail-Queued}, {@code X-Mail-Sent} and {@code X-Mail-Failed};
 * {@code POST /api/admin/mail/{id}/retry} sends a failed message again (204; 409 unless it failed).
 */
@ApplicationScoped
@Path("api/admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.MANAGE_SETTINGS)
public class AdminMailResource {

    private ListOutgoingMailUseCase list;
    private RetryMailUseCase retry;

    protected AdminMailResource() {
        // for the container's proxy
    }

    @Inject
    public AdminMailResource(ListOutgoingMailUseCase list, RetryMailUseCase retry) {
        this.list = list;
        this.retry = retry;
    }

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("page") String page,
                         @QueryParam("per_page") String perPage, @Context UriInfo uri) {
        OutgoingMailList found = list.listOutgoingMail(state(state), Paging.request(page, perPage, 20));
        Response.ResponseBuilder answer = Response.ok(found.page().items().stream().map(OutgoingMailResponse::from).toList())
                .header("Cache-Control", "no-store")
                .header("X-Mail-Enabled", found.mailEnabled());
        for (DeliveryState each : DeliveryState.values()) {
            answer.header("X-Mail-" + each.name().charAt(0) + each.name().substring(1).toLowerCase(Locale.ROOT),
                    found.counts().getOrDefault(each, 0L));
        }
        return Paging.withLinks(answer, found.page(), uri).build();
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") String id) {
        retry.retryMail(mailId(id));
        return Response.noContent().build();
    }

    /** The state asked for; failed when none is. */
    public static DeliveryState state(String text) {
        if (text == null || text.isBlank()) {
            return DeliveryState.FAILED;
        }
        try {
            return DeliveryState.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("state", "state is queued, sent or failed");
        }
    }

    static MailId mailId(String text) {
        try {
            return new MailId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new NotFoundException("no message has this id");
        }
    }
}
