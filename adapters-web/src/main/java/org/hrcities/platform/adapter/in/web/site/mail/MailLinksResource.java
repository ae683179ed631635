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
    public Response confirmation(@PathParam("token") String token) {
        MailLinkStatus status = confirm.checkConfirmationLink(token);
        return page(status, switch (status) {
            case VALID -> new MailLinkPage("Confirm your address",
                    "Confirm that this address is yours and that you want an email when your comment is published or"
                            + " someone replies to it. Every email has a link that stops them all.",
                    "Confirm my address", "/mail/confirm/" + token);
            default -> confirmationOutcome(status);
        });
    }

    @POST
    @Path("confirm/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("token") String token, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                            @HeaderParam("Origin") String origin, @HeaderParam("Host") String host) {
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return page(403, new MailLinkPage("Address not confirmed", "Your browser says this form was sent from another"
                    + " site, so nothing was done. Open the link from your email again and use the button there.", null, null));
        }
        return page(confirm.confirmAddress(token), confirmationOutcome(confirm.checkConfirmationLink(token)));
    }

    @GET
    @Path("unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscription(@PathParam("token") String token) {
        MailLinkStatus status = unsubscribe.checkUnsubscribeLink(token);
        return page(status, switch (status) {
            case VALID -> new MailLinkPage("Stop emails from us",
                    "Stop every email from the Human Rights Cities Network to this address: news of comments and, for"
                            + " staff, the moderation digest.", "Stop all emails", "/mail/unsubscribe/" + token);
            default -> unsubscriptionOutcome(status);
        });
    }

    /** The page's button and RFC 8058's one-click unsubscribe alike. */
    @POST
    @Path("unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribe(@PathParam("token") String token) {
        MailLinkStatus status = unsubscribe.unsubscribe(token);
        return page(status, unsubscriptionOutcome(status));
    }

    private static MailLinkPage confirmationOutcome(MailLinkStatus status) {
        return switch (status) {
            case DONE, ALREADY_DONE, VALID -> new MailLinkPage("Your address is confirmed",
                    "We will email you when your comment is published or someone replies to it. Every email has a link"
                            + " that stops them all.", null, null);
            case EXPIRED -> new MailLinkPage("This link has expired",
                    "Links to confirm an address work for seven days. Tick “Email me when my comment is published or"
                            + " someone replies” when you next comment, and we will send you a new one.", null, null);
            case INVALID -> invalid();
        };
    }

    private static MailLinkPage unsubscriptionOutcome(MailLinkStatus status) {
        return switch (status) {
            case DONE, ALREADY_DONE, VALID -> new MailLinkPage("You will get no more emails from us",
                    "We send nothing more to this address. If you ask for news of a comment again, we will first send a"
                            + " link to confirm the address.", null, null);
            case EXPIRED, INVALID -> invalid();
        };
    }

    private static MailLinkPage invalid() {
        return new MailLinkPage("This link does not work",
                "It may have been cut short when it was copied, or the address it was for is no longer kept by this site."
                        + " Open it again from the email, in full.", null, null);
    }

    private Response page(MailLinkStatus status, MailLinkPage page) {
        return page(switch (status) {
            case EXPIRED -> 410;
            case INVALID -> 404;
            default -> 200;
        }, page);
    }

    private Response page(int status, MailLinkPage page) {
        return Response.status(status).type(HTML).entity(templates.render("mailLink.jte", page, templates.inDefaultLanguage()))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
