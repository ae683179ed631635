package org.hrcities.platform.adapter.in.web.site.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.form.FormOrigins;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.form.FieldTexts;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.comment.ReportCommentCommand;
import org.hrcities.platform.application.port.in.comment.ReportCommentUseCase;
import org.hrcities.platform.application.port.in.comment.ReportFloodException;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The page where a reader reports a public comment, and the form it sends: a plain form, no script,
 * one page per comment (linked from each comment of the post page, which stays the same for every
 * reader). Like the comment form it carries no token: a report from another site is told by the
 * browser's own headers ({@link FormOrigins}). These pages are never stored: each shows one comment,
 * and a report may hide it.
 */
@Path("posts/{slug}/comments/{id}/report")
@ApplicationScoped
public class CommentReportPagesResource {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private ReadPublishedPostUseCase readPost;
    private ReportCommentUseCase reportComment;
    private ClientAddresses clientAddresses;
    private VisitorTemplates templates;

    protected CommentReportPagesResource() {
        // for the container's proxy
    }

    @Inject
    public CommentReportPagesResource(ReadPublishedPostUseCase readPost, ReportCommentUseCase reportComment,
                                      ClientAddresses clientAddresses, VisitorTemplates templates) {
        this.readPost = readPost;
        this.reportComment = reportComment;
        this.clientAddresses = clientAddresses;
        this.templates = templates;
    }

    /** The form for a public comment of a published post; 404 for any other. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@PathParam("slug") String slug, @PathParam("id") String id, @Context UriInfo address) {
        ReportPage page = pageFor(templates.language(address), Slugs.fromPath(slug, "post"), Ids.commentFromPath(id));
        return html(200, page, address).build();
    }

    /** The thanks after a report: the same for every report, so it tells nothing about the comment. */
    @GET
    @Path("received")
    @Produces(MediaType.TEXT_HTML)
    public Response received(@PathParam("slug") String slug, @PathParam("id") String id, @Context UriInfo address) {
        PostDetails details = readPost.readPublishedPost(new ReadPublishedPostQuery(templates.language(address), Slugs.fromPath(slug, "post")));
        Ids.commentFromPath(id);
        return html(200, ReportPage.thanks(details.post().slug().value(), details.post().title()), address).build();
    }

    /**
     * A report sent with the form, after the form's origin (403 when a browser says another site sent
     * it): no or an unknown reason, or a note that is not one short line, 400; the reader reported a
     * moment ago 429 with Retry-After; each gives the form again with what was typed and a message.
     * A comment no longer public 404. Taken (also when the reader had reported the comment before):
     * 303 to the thanks. The report may hide the comment, so every stored page goes out of date.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("slug") String slug, @PathParam("id") String id,
                           MultivaluedMap<String, String> form, @HeaderParam("Sec-Fetch-Site") String fetchSite,
                           @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                           @Context HttpServletRequest request, @Context UriInfo address) {
        Language language = templates.language(address);
        Texts texts = Texts.of(Texts.SITE, language);
        Slug postSlug = Slugs.fromPath(slug, "post");
        CommentId commentId = Ids.commentFromPath(id);
        String reason = value(form, "reason");
        String note = value(form, "note");
        ReportPage page = pageFor(language, postSlug, commentId);
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return html(403, page.refused(reason, note, Map.of(), texts.t("report.refused.otherSite")), address).build();
        }
        FieldErrors errors = new FieldErrors();
        ReportReason chosen = errors.capture("reason", () -> reason.isBlank()
                ? failNoReason() : ReportReason.parse("reason", reason));
        ReportCommentCommand command = errors.isEmpty() ? errors.capture(() -> new ReportCommentCommand(language, postSlug,
                commentId, chosen, note, clientAddresses.of(request))) : null;
        if (!errors.isEmpty()) {
            return html(400, page.refused(reason, note, messages(errors, texts), null), address).build();
        }
        try {
            reportComment.reportComment(command);
        } catch (ReportFloodException e) {
            long seconds = e.retryAfter().toSeconds();
            return html(429, page.refused(reason, note, Map.of(), texts.t("report.refused.flood", seconds)), address)
                    .header("Retry-After", seconds).build();
        } catch (CommentNotFoundException e) {
            throw new NotFoundException("the comment is no longer shown");
        }
        return Response.seeOther(address.getBaseUri().resolve(UriBuilder.fromPath("posts/{slug}/comments/{id}/report/received")
                .build(postSlug.value(), commentId.toString()))).header("Cache-Control", "no-store").build();
    }

    /** The English text of {@code report.error.noReason}, which the page shows in its own language. */
    private static final String NO_REASON = "Choose why the moderators should look at the comment.";

    private static ReportReason failNoReason() {
        throw new InvalidValueException("reason", NO_REASON);
    }

    private ReportPage pageFor(Language language, Slug slug, CommentId commentId) {
        PostDetails details = readPost.readPublishedPost(new ReadPublishedPostQuery(language, slug));
        Comment comment = details.approvedComments().stream().filter(candidate -> candidate.id().equals(commentId))
                .findFirst().orElseThrow(() -> new NotFoundException("the post shows no comment with this id"));
        return ReportPage.form(details.post().slug().value(), details.post().title(), comment.id().toString(),
                comment.commenter().name(), comment.text().value());
    }

    private Response.ResponseBuilder html(int status, ReportPage page, UriInfo address) {
        return Response.status(status).type(HTML).entity(templates.render("report.jte", page, templates.alone(address)))
                .header("Cache-Control", "no-store");
    }

    /** The refused fields' messages in the page's language: "note must be ..." becomes "Note must be ...". */
    private static Map<String, String> messages(FieldErrors errors, Texts texts) {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        errors.messages().forEach((field, message) -> shown.put(field, NO_REASON.equals(message)
                ? texts.t("report.error.noReason") : FieldTexts.message(field, uncapitalised(message), texts)));
        return shown;
    }

    private static String uncapitalised(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form == null ? null : form.getFirst(name);
        return value == null ? "" : value;
    }
}
