package org.hrcities.platform.adapter.in.web.api.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.application.port.in.comment.ReportCommentCommand;
import org.hrcities.platform.application.port.in.comment.ReportCommentUseCase;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Readers' reports of a public comment. The reader is known by the network address the report came
 * from ({@link ClientAddresses}); their address is never stored. {@code ?lang=fr} names the post by its
 * slug among the French posts (default: the site's default language; any other code 400 on {@code lang}).
 */
@Path("api/posts/{slug}/comments/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CommentReportsResource {

    private ReportCommentUseCase reportComment;
    private ClientAddresses clientAddresses;
    private SiteLanguages languages;

    protected CommentReportsResource() {
        // for the container's proxy
    }

    @Inject
    public CommentReportsResource(ReportCommentUseCase reportComment, ClientAddresses clientAddresses,
                                  SiteLanguages languages) {
        this.languages = languages;
        this.reportComment = reportComment;
        this.clientAddresses = clientAddresses;
    }

    /**
     * Takes a report: 202 Accepted with {@code {"status":"received"}}, also when the reader had reported
     * the comment before (it counts once). Invalid input 400, no such published post or public comment
     * 404, a report sooner than the flood interval after the reader's last one 429 with Retry-After;
     * the exceptions become problems in ProblemMapper. The report may hide the comment, so every stored
     * page goes out of date (no {@code ChangesOnly}).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("slug") String slug, @PathParam("id") String id,
                           @QueryParam("lang") String lang,
                           @Valid @NotNull(message = "a JSON body with the reason is required") ReportCommentRequest request,
                           @Context HttpServletRequest http) {
        Language language = Languages.fromQuery(lang, languages);
        Slug postSlug = Slugs.fromPath(slug, "post");
        CommentId commentId = Ids.commentFromPath(id);
        FieldErrors errors = new FieldErrors();
        ReportReason reason = errors.capture("reason", () -> ReportReason.parse("reason", request.reason()));
        errors.throwIfAny();
        ReportCommentCommand command = errors.capture(() -> new ReportCommentCommand(language, postSlug, commentId, reason,
                request.note(), clientAddresses.of(http)));
        errors.throwIfAny();
        reportComment.reportComment(command);
        return Response.accepted(ReportReceivedResponse.RECEIVED).header("Cache-Control", "no-store").build();
    }
}
