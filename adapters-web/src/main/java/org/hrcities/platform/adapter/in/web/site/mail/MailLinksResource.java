package org.hrcities.platform.adapter.in.web.site.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.form.FormOrigins;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.notification.ConfirmAddressUseCase;
import org.hrcities.platform.application.port.in.notification.MailLinkStatus;
import org.hrcities.platform.application.port.in.notification.UnsubscribeUseCase;

/**
 * The links the site's messages carry. Opening one (GET) changes nothing: the page says what the link
 * does and offers one button, since mail scanners open links on their own. The button posts back to
 * the same address. An unsubscribe link also takes RFC 8058's one-click POST straight from a mail
 * program, which sends no cookie and no origin: the signed link is all it needs, so that post is
 * never refused for its origin. Pages of links are never stored by caches, never indexed, and send
 * no referrer (the address holds the token).
 */
@ApplicationScoped
@Path("mail")
public class MailLinksResource {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private ConfirmAddressUseCase confirm;
    private UnsubscribeUseCase unsubscribe;
    private VisitorTemplates templates;

    protected MailLinksResource() {
        // for the container's proxy
    }

    @Inject
    public MailLinksResource(ConfirmAddressUseCase confirm, UnsubscribeUseCase unsubscribe, VisitorTemplates templates) {
        this.confirm = confirm;
        this.unsubscribe = unsubscribe;
        this.templates = templates;
    }

    @GET
    @Path("confirm/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmation(@PathParam("token") String token, @Context UriInfo address) {
        Texts texts = texts(address);
        MailLinkStatus status = confirm.checkConfirmationLink(token);
        return page(status, switch (status) {
            case VALID -> new MailLinkPage(texts.t("mail.confirm.title"), texts.t("mail.confirm.text"),
                    texts.t("mail.confirm.button"), "/mail/confirm/" + token);
            default -> confirmationOutcome(status, texts);
        }, address);
    }

    @POST
    @Path("confirm/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("token") String token, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                            @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                            @Context UriInfo address) {
        Texts texts = texts(address);
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return page(403, new MailLinkPage(texts.t("mail.notConfirmed.title"), texts.t("mail.notConfirmed.text"),
                    null, null), address);
        }
        return page(confirm.confirmAddress(token), confirmationOutcome(confirm.checkConfirmationLink(token), texts), address);
    }

    @GET
    @Path("unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscription(@PathParam("token") String token, @Context UriInfo address) {
        Texts texts = texts(address);
        MailLinkStatus status = unsubscribe.checkUnsubscribeLink(token);
        return page(status, switch (status) {
            case VALID -> new MailLinkPage(texts.t("mail.unsubscribe.title"), texts.t("mail.unsubscribe.text"),
                    texts.t("mail.unsubscribe.button"), "/mail/unsubscribe/" + token);
            default -> unsubscriptionOutcome(status, texts);
        }, address);
    }

    /** The page's button and RFC 8058's one-click unsubscribe alike. */
    @POST
    @Path("unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribe(@PathParam("token") String token, @Context UriInfo address) {
        MailLinkStatus status = unsubscribe.unsubscribe(token);
        return page(status, unsubscriptionOutcome(status, texts(address)), address);
    }

    private static MailLinkPage confirmationOutcome(MailLinkStatus status, Texts texts) {
        return switch (status) {
            case DONE, ALREADY_DONE, VALID -> new MailLinkPage(texts.t("mail.confirmed.title"),
                    texts.t("mail.confirmed.text"), null, null);
            case EXPIRED -> new MailLinkPage(texts.t("mail.expired.title"), texts.t("mail.expired.text"), null, null);
            case INVALID -> invalid(texts);
        };
    }

    private static MailLinkPage unsubscriptionOutcome(MailLinkStatus status, Texts texts) {
        return switch (status) {
            case DONE, ALREADY_DONE, VALID -> new MailLinkPage(texts.t("mail.unsubscribed.title"),
                    texts.t("mail.unsubscribed.text"), null, null);
            case EXPIRED, INVALID -> invalid(texts);
        };
    }

    private static MailLinkPage invalid(Texts texts) {
        return new MailLinkPage(texts.t("mail.invalid.title"), texts.t("mail.invalid.text"), null, null);
    }

    private Response page(MailLinkStatus status, MailLinkPage page, UriInfo address) {
        return page(switch (status) {
            case EXPIRED -> 410;
            case INVALID -> 404;
            default -> 200;
        }, page, address);
    }

    /**
     * The page in the request's language; the links' addresses ({@code /mail/...}) are the same for every
     * language, so it is the site's default unless a link was opened under a language's prefix.
     */
    private Response page(int status, MailLinkPage page, UriInfo address) {
        return Response.status(status).type(HTML).entity(templates.render("mailLink.jte", page, templates.alone(address)))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private Texts texts(UriInfo address) {
        return Texts.of(Texts.SITE, templates.language(address));
    }
}
