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
    private static final String OPERATORS = "Please write to the site's operators, who can start the request for you.";

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
            readPage.readPublishedPage(templates.languages().defaultLanguage(), POLICY_PAGE);
            return Response.status(Response.Status.FOUND).location(URI.create("/pages/" + POLICY_PAGE.value()))
                    .header("Cache-Control", "no-cache").build();
        } catch (SitePageNotFoundException e) {
            PrivacyPage model = new PrivacyPage(senderDataDays);
            return Representations.ok(templates.render("privacy.jte", model, Canonical.of(request, model.href())), HTML,
                    true, Freshness.REVALIDATE).build();
        }
    }

    /** The request form; after a request, the same page saying that a link is on its way. */
    @GET
    @Path("requests")
    @Produces(MediaType.TEXT_HTML)
    public Response requestForm(@QueryParam(SENT) String sent, @Context UriInfo request) {
        boolean mail = requestData.requestsByMailAvailable();
        PrivacyRequestPage page;
        if (sent != null) {
            page = new PrivacyRequestPage("Check your mailbox", List.of(
                    "If the address you typed can receive mail, a message with a confirmation link is on its way to it. "
                            + "Nothing happens until you follow that link and press the button on its page.",
                    "The link works for 24 hours. No message? Look in your spam folder, or ask again."),
                    false, null, null, true);
        } else {
            page = formPage(new RequestForm("", "export", null, mail), null, false);
        }
        return Representations.ok(templates.render("privacyRequest.jte", page, Canonical.of(request, page.href())), HTML,
                true, Freshness.REVALIDATE).build();
    }

    /**
     * A request: from another site 403; invalid input 400 and the form again; no mail server 409 (the
     * page says whom to ask); too many requests 429 with Retry-After. Taken: 303 to the same notice for
     * every address.
     */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @ChangesOnly({})
    public Response request(MultivaluedMap<String, String> form, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                            @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                            @Context HttpServletRequest http) {
        MultivaluedMap<String, String> fields = form == null ? new MultivaluedHashMap<>() : form;
        String typedEmail = value(fields, "email");
        String typedKind = value(fields, "kind");
        boolean mail = requestData.requestsByMailAvailable();
        RequestForm typed = new RequestForm(typedEmail, typedKind, null, mail);
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return formAnswer(403, typed, "Your browser says this form was sent from another site, so nothing was sent. "
                    + "Please send it again from here.");
        }
        DataRequestKind kind = switch (typedKind) {
            case "export" -> DataRequestKind.EXPORT;
            case "erasure" -> DataRequestKind.ERASURE;
            default -> null;
        };
        if (kind == null) {
            return formAnswer(400, new RequestForm(typedEmail, "export", null, mail),
                    "Choose what you ask for: a copy of your data, or its erasure.");
        }
        EmailAddress email;
        try {
            email = EmailAddress.parse(typedEmail);
        } catch (InvalidValueException e) {
            return formAnswer(400, new RequestForm(typedEmail, typedKind, "Enter an email address such as name@example.org.",
                    mail), null);
        }
        if (!mail) {
            return formAnswer(409, typed, "Requests by email are not available at the moment. " + OPERATORS);
        }
        try {
            requestData.requestPersonalData(new RequestPersonalDataCommand(email, kind, DataRequestOrigin.VISITOR,
                    clientAddresses.of(http)));
        } catch (DataRequestLimitException e) {
            Response refused = formAnswer(429, typed, e.getMessage());
            return Response.fromResponse(refused).header("Retry-After", e.retryAfter().toSeconds()).build();
        } catch (MailUnavailableException e) {
            return formAnswer(409, typed, "Requests by email are not available at the moment. " + OPERATORS);
        }
        return Response.seeOther(URI.create("/privacy/requests?" + SENT + "=1")).header("Cache-Control", "no-store").build();
    }

    /** The page a confirmation link opens: what the request asks for, and one button. */
    @GET
    @Path("requests/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmation(@QueryParam("token") String token) {
        DataRequestKind kind;
        try {
            kind = confirmRequest.readConfirmation(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e);
        }
        PrivacyRequestPage page = kind == DataRequestKind.EXPORT
                ? new PrivacyRequestPage("Confirm your request for a copy of your data", List.of(
                        "Press the button to confirm. You will then be able to download, once, a copy of everything this "
                                + "site holds about your email address; the link is also mailed to you."),
                        false, null, new Button("/privacy/requests/confirm", token, "Confirm and prepare my copy"), false)
                : new PrivacyRequestPage("Confirm the erasure of your data", List.of(
                        "Press the button to confirm. Your comments will be anonymised: shown as written by \"Anonymous\", "
                                + "without your email address, website, network address or browser; or deleted, as the "
                                + "site's settings say. This cannot be undone."),
                        false, null, new Button("/privacy/requests/confirm", token, "Erase my data"), false);
        return page(200, page);
    }

    /** The button of the confirmation page: does what the request asks and tells the outcome. */
    @POST
    @Path("requests/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(MultivaluedMap<String, String> form, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                            @HeaderParam("Origin") String origin, @HeaderParam("Host") String host) {
        String token = form == null ? "" : value(form, "token");
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return page(403, new PrivacyRequestPage("Not confirmed", List.of("Your browser says this form was sent from "
                    + "another site, so nothing was done. Follow the link in your email again."), true, null, null, false));
        }
        Confirmed confirmed;
        try {
            confirmed = confirmRequest.confirm(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e);
        }
        return switch (confirmed) {
            case ExportReady ready -> page(200, new PrivacyRequestPage("Your copy is ready", List.of(
                    "Download it now with the button below, or later with the link mailed to you. It can be downloaded "
                            + "once, until " + ready.until() + " (UTC): a zip file with your data as JSON and as a web page."),
                    false, null, new Button("/privacy/export", tokenOf(ready.downloadLink()), "Download my data"), false));
            case Erased erased -> page(200, new PrivacyRequestPage("Your data was erased", List.of(
                    "Comments anonymised: " + erased.anonymisedComments() + ".",
                    "Comments deleted: " + erased.deletedComments() + ".",
                    "A message saying so is on its way to your address."), false, null, null, false));
        };
    }

    /** The page a download link opens: one button. */
    @GET
    @Path("export")
    @Produces(MediaType.TEXT_HTML)
    public Response download(@QueryParam("token") String token) {
        try {
            downloadData.checkDownload(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e);
        }
        return page(200, new PrivacyRequestPage("Download your data", List.of(
                "Press the button to download a zip file with everything this site holds about your email address, as "
                        + "JSON and as a web page. It can be downloaded once."),
                false, null, new Button("/privacy/export", token, "Download my data"), false));
    }

    /** The button of the download page: the zip, once. */
    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ChangesOnly({})
    public Response downloadNow(MultivaluedMap<String, String> form, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                                @HeaderParam("Origin") String origin, @HeaderParam("Host") String host) {
        String token = form == null ? "" : value(form, "token");
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return page(403, new PrivacyRequestPage("Not downloaded", List.of("Your browser says this form was sent from "
                    + "another site, so nothing was sent. Follow the link in your email again."), true, null, null, false));
        }
        PersonalDataCopy copy;
        try {
            copy = downloadData.download(token);
        } catch (DataRequestLinkException e) {
            return linkProblem(e);
        }
        return Response.ok(copy.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String tokenOf(URI link) {
        String query = link.getRawQuery();
        return query == null || !query.startsWith("token=") ? "" : query.substring("token=".length());
    }

    private Response linkProblem(DataRequestLinkException e) {
        return switch (e.problem()) {
            case INVALID -> page(400, new PrivacyRequestPage("This link does not work", List.of(e.getMessage()), true,
                    null, null, true));
            case EXPIRED -> page(410, new PrivacyRequestPage("This link ran out", List.of(e.getMessage()), true,
                    null, null, true));
            case USED -> page(410, new PrivacyRequestPage("This link was used already", List.of(e.getMessage()), true,
                    null, null, true));
        };
    }

    private PrivacyRequestPage formPage(RequestForm form, String problem, boolean alert) {
        List<String> paragraphs = form.mailAvailable()
                ? List.of("Ask for a copy of the data this site holds about your email address, or for its erasure. "
                        + "We mail a confirmation link to the address; nothing happens until you follow it.")
                : List.of("Requests by email are not available at the moment. " + OPERATORS);
        if (problem != null) {
            paragraphs = List.of(problem);
        }
        return new PrivacyRequestPage("Your data: a copy or its erasure", paragraphs, alert || problem != null,
                form.mailAvailable() ? form : null, null, false);
    }

    private Response formAnswer(int status, RequestForm form, String problem) {
        return page(status, formPage(form, problem, problem != null || form.hasEmailError()));
    }

    private Response page(int status, PrivacyRequestPage page) {
        return Response.status(status).type(HTML).entity(templates.render("privacyRequest.jte", page))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
