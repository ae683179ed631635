package org.hrcities.platform.adapter.in.web.admin.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.cache.ChangesOnly;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.privacy.DataRequestSummary;
import org.hrcities.platform.application.port.in.privacy.ListPersonalDataRequestsUseCase;
import org.hrcities.platform.application.port.in.privacy.MailUnavailableException;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataCommand;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Privacy requests in the admin (administrators), as WordPress's "Export / Erase Personal Data":
 * start one for a person's address (they get the confirmation mail), and follow their states.
 */
@ApplicationScoped
@Path("admin/privacy")
@Requires(Permission.HANDLE_PRIVACY_REQUESTS)
public class PrivacyRequestPagesResource {

    private static final String TEMPLATE = "admin/privacyRequests.jte";
    private static final int PER_PAGE = 50;

    private ListPersonalDataRequestsUseCase listRequests;
    private RequestPersonalDataUseCase requestData;
    private SiteTimeZone zone;

    protected PrivacyRequestPagesResource() {
        // for the container's proxy
    }

    @Inject
    public PrivacyRequestPagesResource(ListPersonalDataRequestsUseCase listRequests, RequestPersonalDataUseCase requestData,
                                       SiteTimeZone zone) {
        this.listRequests = listRequests;
        this.requestData = requestData;
        this.zone = zone;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        String shown = "sent".equals(notice) ? "The request was started: the person was sent the confirmation link." : null;
        return admin.page(200, TEMPLATE, page(admin, "", "export", null, null, shown));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @ChangesOnly({})
    public Response start(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        String typedEmail = AdminPages.value(form, "email");
        String typedKind = AdminPages.value(form, "kind");
        if (!admin.acceptsForm(form)) {
            return admin.page(403, TEMPLATE, page(admin, typedEmail, typedKind, null, AdminPages.EXPIRED_FORM, null));
        }
        DataRequestKind kind = "erasure".equals(typedKind) ? DataRequestKind.ERASURE
                : "export".equals(typedKind) ? DataRequestKind.EXPORT : null;
        if (kind == null) {
            return admin.page(400, TEMPLATE, page(admin, typedEmail, "export", null,
                    "Choose the kind of request: a copy of the data, or its erasure.", null));
        }
        EmailAddress email;
        try {
            email = EmailAddress.parse(typedEmail);
        } catch (InvalidValueException e) {
            return admin.page(400, TEMPLATE, page(admin, typedEmail, typedKind,
                    "Enter the person's email address, such as name@example.org.", null, null));
        }
        try {
            requestData.requestPersonalData(new RequestPersonalDataCommand(email, kind, DataRequestOrigin.STAFF, null));
        } catch (MailUnavailableException e) {
            return admin.page(409, TEMPLATE, page(admin, typedEmail, typedKind, null, "The site sends no email, so the "
                    + "person cannot confirm a request. Handle it by hand.", null));
        }
        return AdminPages.seeOther("/admin/privacy", "sent");
    }

    private PrivacyRequestsPage page(AdminRequest admin, String email, String kind, String emailError, String formError,
                                     String notice) {
        List<PrivacyRequestsPage.Row> rows = listRequests.listPersonalDataRequests(Paging.request(null, null, PER_PAGE))
                .items().stream().map(this::row).toList();
        return new PrivacyRequestsPage(admin.nav("privacy"), rows, requestData.requestsByMailAvailable(), email, kind,
                emailError, formError, notice);
    }

    private PrivacyRequestsPage.Row row(DataRequestSummary request) {
        String outcome = request.kind() == DataRequestKind.ERASURE && request.completedAt() != null
                ? request.anonymisedComments() + " anonymised, " + request.deletedComments() + " deleted" : "";
        return new PrivacyRequestsPage.Row(request.email().value(),
                request.kind() == DataRequestKind.EXPORT ? "Copy (export)" : "Erasure",
                request.origin() == DataRequestOrigin.STAFF ? "staff" : "the person",
                switch (request.state()) {
                    case AWAITING_CONFIRMATION -> "Awaiting confirmation";
                    case CONFIRMED -> "Confirmed, not downloaded yet";
                    case COMPLETED -> "Completed";
                    case EXPIRED -> "Expired";
                },
                zone.human(request.requestedAt()),
                request.confirmedAt() == null ? "" : zone.human(request.confirmedAt()),
                request.completedAt() == null ? "" : zone.human(request.completedAt()), outcome);
    }
}
