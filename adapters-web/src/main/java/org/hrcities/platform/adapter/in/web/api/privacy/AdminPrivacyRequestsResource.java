package org.hrcities.platform.adapter.in.web.api.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.ChangesOnly;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.privacy.DataRequestSummary;
import org.hrcities.platform.application.port.in.privacy.ListPersonalDataRequestsUseCase;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataCommand;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;

/**
 * Requests for a copy or the erasure of a person's data in the admin API (administrators), as
 * WordPress's privacy tools: list them, or start one for an address; the person gets the
 * confirmation mail and nothing happens until they follow it. 409 when the site sends no mail.
 */
@ApplicationScoped
@Path("api/admin/privacy-requests")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.HANDLE_PRIVACY_REQUESTS)
public class AdminPrivacyRequestsResource {

    private ListPersonalDataRequestsUseCase listRequests;
    private RequestPersonalDataUseCase requestData;

    protected AdminPrivacyRequestsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminPrivacyRequestsResource(ListPersonalDataRequestsUseCase listRequests, RequestPersonalDataUseCase requestData) {
        this.listRequests = listRequests;
        this.requestData = requestData;
    }

    /** The requests, the most recent first, {@code per_page} (default 20) to a page. */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage, @Context UriInfo uri) {
        Page<DataRequestSummary> requests = listRequests.listPersonalDataRequests(Paging.request(page, perPage, 20));
        List<PrivacyRequestResponse> body = requests.items().stream().map(PrivacyRequestResponse::from).toList();
        return Paging.withLinks(Response.ok(body), requests, uri).header("Cache-Control", "no-store").build();
    }

    /** Starts a request: 201 with it; 400 naming each wrong field; 409 (wrong-state) when the site sends no mail. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ChangesOnly({})
    public Response start(PrivacyRequestRequest body) {
        if (body == null) {
            throw new InvalidValueException("email", "a JSON body with email and kind is required");
        }
        FieldErrors errors = new FieldErrors();
        EmailAddress email = errors.capture("email", () -> EmailAddress.parse(body.email()));
        DataRequestKind kind = errors.capture("kind", () -> kind(body.kind()));
        errors.throwIfAny();
        DataRequestSummary started = requestData.requestPersonalData(
                new RequestPersonalDataCommand(email, kind, DataRequestOrigin.STAFF, null));
        return Response.created(URI.create("/api/admin/privacy-requests?page=1"))
                .entity(PrivacyRequestResponse.from(started)).header("Cache-Control", "no-store").build();
    }

    private static DataRequestKind kind(String kind) {
        if ("export".equals(kind)) {
            return DataRequestKind.EXPORT;
        }
        if ("erasure".equals(kind)) {
            return DataRequestKind.ERASURE;
        }
        throw new InvalidValueException("kind", "kind must be export or erasure");
    }
}
