package org.hrcities.platform.adapter.in.web.site.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.ChangesOnly;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.form.FormOrigins;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.site.Canonical;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.site.privacy.PrivacyRequestPage.Button;
import org.hrcities.platform.adapter.in.web.site.privacy.PrivacyRequestPage.RequestForm;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase.Confirmed;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase.Erased;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase.ExportReady;
import org.hrcities.platform.application.port.in.privacy.DataRequestLimitException;
import org.hrcities.platform.application.port.in.privacy.DataRequestLinkException;
import org.hrcities.platform.application.port.in.privacy.DownloadPersonalDataUseCase;
import org.hrcities.platform.application.port.in.privacy.DownloadPersonalDataUseCase.PersonalDataCopy;
import org.hrcities.platform.application.port.in.privacy.MailUnavailableException;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataCommand;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataUseCase;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The visitors' privacy pages: the privacy policy, and the requests for a copy or the erasure of
 * one's data (GDPR articles 15 and 17), confirmed by a link mailed to the address.
 * <p>
 * The request form answers the same, with the same redirect, whatever the address: it tells nobody
 * whether an address ever commented. A mailed link, followed (GET), shows a page with one button; the
 * button (POST) does the work, so that a mail scanner that follows links changes nothing. Links that
 * are unknown, altered, ran out or were used get a page that says so (400 or 410) and offers to ask again.
 * Like the comment form, the forms carry no token: a post from another site is told by the browser's
 * own headers ({@link FormOrigins}).
 */
@Path("privacy")
@ApplicationScoped
public class PrivacyPagesResource {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    /** The slug of a site page that replaces the built-in policy, as WordPress's default privacy page. */
    public static final Slug POLICY_PAGE = new Slug("privacy-policy");
    /** The query that says a request was taken. */
    static final String SENT = "sent";

    private RequestPersonalDataUseCase requestData;
    private ConfirmPersonalDataRequestUseCase confirmRequest;
    private DownloadPersonalDataUseCase downloadData;
    private ReadSitePageUseCase readPage;
    private ClientAddresses clientAddresses;
    private VisitorTemplates templates;
    private int senderDataDays;

    protected PrivacyPagesResource() {
        // for the container's proxy
    }

    @Inject
    public PrivacyPagesResource(RequestPersonalDataUseCase requestData, ConfirmPersonalDataRequestUseCase confirmRequest,
                                DownloadPersonalDataUseCase downloadData, ReadSitePageUseCase readPage,
                                ClientAddresses clientAddresses, VisitorTemplates templates,
                                SenderDataRetention retention) {
        this.requestData = requestData;
        this.confirmRequest = confirmRequest;
        this.downloadData = downloadData;
        this.readPage = readPage;
        this.clientAddresses = clientAddresses;
        this.templates = templates;
        this.senderDataDays = retention.days();
    }

    /**
     * The privacy policy: the site's own page {@code privacy-policy} when one is published (a
     * temporary redirect, since it may be unpublished), else the built-in page.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response policy(@Context UriInfo request) {
        try {
            readPage.readPublishedPage(templates.language(request), POLICY_PAGE);
            return Response.status(Response.Status.FOUND).location(request.getBaseUri().resolve("pages/" + POLICY_PAGE.value()))
                    .header("Cache-Control", "no-cache").build();
        } catch (SitePageNotFoundException e) {
            PrivacyPage model = new PrivacyPage(senderDataDays);
            return Representations.ok(templates.render("privacy.jte", model, templates.frame(request), Canonical.of(request, model.href())), HTML,
                    true, Freshness.REVALIDATE).build();
        }
    }

    /** The request form; after a request, the same page saying that a link is on its way. */
    @GET
    @Path("requests")
    @Produces(MediaType.TEXT_HTML)
    public Response requestForm(@QueryParam(SENT) String sent, @Context UriInfo request) {
        boolean mail = requestData.requestsByMailAvailable();
        Texts texts = texts(request);
        PrivacyRequestPage page;
        if (sent != null) {
            page = new PrivacyRequestPage(texts.t("privacyRequest.sent.title"), List.of(
                    texts.t("privacyRequest.sent.text"), texts.t("privacyRequest.sent.again")),
                    false, null, null, true);
        } else {
            page = formPage(new RequestForm("", "export", null, mail), null, false, texts);
        }
        return Representations.ok(templates.render("privacyRequest.jte", page, templates.frame(request), Canonical.of(request, page.href())), HTML,
                true, Freshness.REVALIDATE).build();
    }

    /**
     * A request: from another site 403; invalid input 400 and the form again; no mail server 409 (the
     * page says whom to ask); too many requests 429 with Retry-After. Taken: 303 to the same notice for
     * every address, in the request's language.
     */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @ChangesOnly({})
    public Response request(MultivaluedMap<String, String> form, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                            @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                            @Context HttpServletRequest http, @Context UriInfo address) {
        Texts texts = texts(address);
        MultivaluedMap<String, String> fields = form == null ? new MultivaluedHashMap<>() : form;
        String typedEmail = value(fields, "email");
        String typedKind = value(fields, "kind");
        boolean mail = requestData.requestsByMailAvailable();
        RequestForm typed = new RequestForm(typedEmail, typedKind, null, mail);
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return formAnswer(403, typed, texts.t("privacyRequest.refused.otherSite"), address);
        }
        DataRequestKind kind = switch (typedKind) {
            case "export" -> DataRequestKind.EXPORT;
            case "erasure" -> DataRequestKind.ERASURE;
            default -> null;
        };
        if (kind == null) {
            return formAnswer(400, new RequestForm(typedEmail, "export", null, mail), texts.t("privacyRequest.error.kind"),
                    address);
        }
        EmailAddress email;
        try {
            email = EmailAddress.parse(typedEmail);
        } catch (InvalidValueException e) {
            return formAnswer(400, new RequestForm(typedEmail, typedKind, texts.t("privacyRequest.error.email"), mail), null,
                    address);
        }
        if (!mail) {
            return formAnswer(409, typed, texts.t("privacyRequest.noMail"), address);
        }
        try {
            requestData.requestPersonalData(new RequestPersonalDataCommand(email, kind, DataRequestOrigin.VISITOR,
                    clientAddresses.of(http)));
        } catch (DataRequestLimitException e) {
            Response refused = formAnswer(429, typed, e.getMessage(), address);
            return Response.fromResponse(refused).header("Retry-After", e.retryAfter().toSeconds()).build();
        } catch (MailUnavailableException e) {
            return formAnswer(409, typed, texts.t("privacyRequest.noMail"), address);
        }
        return Response.seeOther(address.getBaseUri().resolve("privacy/requests?" + SENT + "=1"))
                .header("Cache-Control", "no-store").build();
    }

    /** The page a confirmation link opens: what the request asks for, and one button. */
    @GET
    @Path("requests/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmation(@QueryParam("token") String token, @Context UriInfo address) {
        Texts texts = texts(address);
        DataRequestKind kind;
        try {
            kind = confirmRequest.readConfirmation(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e, address);
        }
        PrivacyRequestPage page = kind == DataRequestKind.EXPORT
                ? new PrivacyRequestPage(texts.t("privacyRequest.confirmExport.title"),
                        List.of(texts.t("privacyRequest.confirmExport.text")), false, null,
                        new Button("/privacy/requests/confirm", token, texts.t("privacyRequest.confirmExport.button")), false)
                : new PrivacyRequestPage(texts.t("privacyRequest.confirmErasure.title"),
                        List.of(texts.t("privacyRequest.confirmErasure.text")), false, null,
                        new Button("/privacy/requests/confirm", token, texts.t("privacyRequest.confirmErasure.button")), false);
        return page(200, page, address);
    }

    /** The button of the confirmation page: does what the request asks and tells the outcome. */
    @POST
    @Path("requests/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(MultivaluedMap<String, String> form, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                            @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                            @Context UriInfo address) {
        Texts texts = texts(address);
        String token = form == null ? "" : value(form, "token");
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return page(403, new PrivacyRequestPage(texts.t("privacyRequest.notConfirmed.title"),
                    List.of(texts.t("privacyRequest.notConfirmed.text")), true, null, null, false), address);
        }
        Confirmed confirmed;
        try {
            confirmed = confirmRequest.confirm(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e, address);
        }
        return switch (confirmed) {
            case ExportReady ready -> page(200, new PrivacyRequestPage(texts.t("privacyRequest.ready.title"),
                    List.of(texts.t("privacyRequest.ready.text", String.valueOf(ready.until()))), false, null,
                    new Button("/privacy/export", tokenOf(ready.downloadLink()), texts.t("privacyRequest.download.button")),
                    false), address);
            case Erased erased -> page(200, new PrivacyRequestPage(texts.t("privacyRequest.erased.title"), List.of(
                    texts.t("privacyRequest.erased.anonymised", erased.anonymisedComments()),
                    texts.t("privacyRequest.erased.deleted", erased.deletedComments()),
                    texts.t("privacyRequest.erased.mail")), false, null, null, false), address);
        };
    }

    /** The page a download link opens: one button. */
    @GET
    @Path("export")
    @Produces(MediaType.TEXT_HTML)
    public Response download(@QueryParam("token") String token, @Context UriInfo address) {
        Texts texts = texts(address);
        try {
            downloadData.checkDownload(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e, address);
        }
        return page(200, new PrivacyRequestPage(texts.t("privacyRequest.download.title"),
                List.of(texts.t("privacyRequest.download.text")), false, null,
                new Button("/privacy/export", token, texts.t("privacyRequest.download.button")), false), address);
    }

    /** The button of the download page: the zip, once. */
    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ChangesOnly({})
    public Response downloadNow(MultivaluedMap<String, String> form, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                                @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                                @Context UriInfo address) {
        Texts texts = texts(address);
        String token = form == null ? "" : value(form, "token");
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return page(403, new PrivacyRequestPage(texts.t("privacyRequest.notDownloaded.title"),
                    List.of(texts.t("privacyRequest.notDownloaded.text")), true, null, null, false), address);
        }
        PersonalDataCopy copy;
        try {
            copy = downloadData.download(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e, address);
        }
        return Response.ok(copy.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String tokenOf(URI link) {
        String query = link.getRawQuery();
        return query == null || !query.startsWith("token=") ? "" : query.substring("token=".length());
    }

    /** A link that does not work: the title in the page's language, the service's explanation (English). */
    private Response linkProblem(DataRequestLinkException e, UriInfo address) {
        Texts texts = texts(address);
        return switch (e.problem()) {
            case INVALID -> page(400, new PrivacyRequestPage(texts.t("privacyRequest.link.invalid"), List.of(e.getMessage()),
                    true, null, null, true), address);
            case EXPIRED -> page(410, new PrivacyRequestPage(texts.t("privacyRequest.link.expired"), List.of(e.getMessage()),
                    true, null, null, true), address);
            case USED -> page(410, new PrivacyRequestPage(texts.t("privacyRequest.link.used"), List.of(e.getMessage()),
                    true, null, null, true), address);
        };
    }

    private PrivacyRequestPage formPage(RequestForm form, String problem, boolean alert, Texts texts) {
        List<String> paragraphs = form.mailAvailable()
                ? List.of(texts.t("privacyRequest.form.text"))
                : List.of(texts.t("privacyRequest.noMail"));
        if (problem != null) {
            paragraphs = List.of(problem);
        }
        return new PrivacyRequestPage(texts.t("privacyRequest.form.title"), paragraphs, alert || problem != null,
                form.mailAvailable() ? form : null, null, false);
    }

    private Response formAnswer(int status, RequestForm form, String problem, UriInfo address) {
        return page(status, formPage(form, problem, problem != null || form.hasEmailError(), texts(address)), address);
    }

    private Response page(int status, PrivacyRequestPage page, UriInfo address) {
        return Response.status(status).type(HTML).entity(templates.render("privacyRequest.jte", page, templates.alone(address)))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private Texts texts(UriInfo address) {
        return Texts.of(Texts.SITE, templates.language(address));
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
