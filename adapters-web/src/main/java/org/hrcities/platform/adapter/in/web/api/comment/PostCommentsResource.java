package org.hrcities.platform.adapter.in.web.api.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Predicate;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.ChangesOnly;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.input.CommentCommands;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.application.port.in.comment.ListApprovedCommentsQuery;
import org.hrcities.platform.application.port.in.comment.ListApprovedCommentsUseCase;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The public comments of a post, and new comments for it. Each translation of a post has comments of its
 * own: {@code ?lang=fr} names the post by its slug among the French posts (default: the site's default
 * language; a language the site is not written in is refused, 400 on {@code lang}).
 */
@Path("api/posts/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PostCommentsResource {

    /** Comments come in larger pages than posts: a thread reads better whole. */
    static final int DEFAULT_PER_PAGE = 50;

    private ListApprovedCommentsUseCase listComments;
    private SubmitCommentUseCase submitComment;
    private ClientAddresses clientAddresses;
    private SiteLanguages languages;

    protected PostCommentsResource() {
        // for the container's proxy
    }

    @Inject
    public PostCommentsResource(ListApprovedCommentsUseCase listComments, SubmitCommentUseCase submitComment,
                                ClientAddresses clientAddresses, SiteLanguages languages) {
        this.languages = languages;
        this.listComments = listComments;
        this.submitComment = submitComment;
        this.clientAddresses = clientAddresses;
    }

    /** The approved comments, oldest first. */
    @GET
    public Response list(@PathParam("slug") String slug, @QueryParam("lang") String lang,
                         @QueryParam("page") String page, @QueryParam("per_page") String perPage,
                         @Context UriInfo uri) {
        Language language = Languages.fromQuery(lang, languages);
        Page<Comment> comments = listComments.listApprovedComments(new ListApprovedCommentsQuery(language,
                Slugs.fromPath(slug, "post"), Paging.request(page, perPage, DEFAULT_PER_PAGE)));
        List<CommentResponse> body = comments.items().stream().map(CommentResponse::from).toList();
        return Paging.withLinks(Representations.json(body, Freshness.MINUTE), comments, uri).build();
    }

    /**
     * Takes a comment: 202 Accepted, with the status the sender may know (APPROVED when the rules
     * published it at once, PENDING otherwise, also for spam). Checked in WordPress's order: invalid
     * input 400, comments closed 403, the same comment again 409, too soon after the sender's last
     * comment (by address or email) 429 with Retry-After; the exceptions become problems in ProblemMapper.
     * A comment held for moderation changes only the counts of comments received.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ChangesOnly(value = Change.ARRIVALS, when = HeldForModeration.class)
    public Response submit(@PathParam("slug") String slug, @QueryParam("lang") String lang,
                           @Valid @NotNull(message = "a JSON body with the comment is required") SubmitCommentRequest request,
                           @Context HttpServletRequest http) {
        Language language = Languages.fromQuery(lang, languages);
        Slug postSlug = Slugs.fromPath(slug, "post");
        SubmitCommentCommand command = toCommand(language, postSlug, request, clientAddresses.of(http))
                .withUserAgent(http.getHeader("User-Agent"));
        SubmittedComment comment = submitComment.submitComment(command);
        SubmittedCommentResponse submitted = SubmittedCommentResponse.from(comment);
        return Response.accepted(submitted).header("Cache-Control", "no-store").build();
    }

    /** An answer telling that the comment was taken and awaits moderation (spam is told so too). */
    public static final class HeldForModeration implements Predicate<ContainerResponseContext> {

        @Override
        public boolean test(ContainerResponseContext answer) {
            return answer.getStatus() == 202 && answer.getEntity() instanceof SubmittedCommentResponse submitted
                    && submitted.status().equals(ModerationStatus.PENDING.name());
        }
    }

    static SubmitCommentCommand toCommand(Language language, Slug postSlug, SubmitCommentRequest request) {
        return toCommand(language, postSlug, request, null);
    }

    /** API clients have no form, so no fill time: the minimum fill time does not apply to them. */
    static SubmitCommentCommand toCommand(Language language, Slug postSlug, SubmitCommentRequest request,
                                          String senderAddress) {
        return CommentCommands.toCommand(language, postSlug, CommentCommands.API, request.authorName(), request.authorEmail(),
                request.authorUrl(), request.content(), request.parentId(), false, senderAddress, null)
                .withNotifyMe(Boolean.TRUE.equals(request.notifyMe()));
    }
}
