package org.hrcities.platform.adapter.in.web.api.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.ModerationInputs;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.security.SignedIn;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentCommand;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsCommand;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerationQueue;
import org.hrcities.platform.application.port.in.moderation.ModerationQueueItem;
import org.hrcities.platform.application.port.in.moderation.ModerationTarget;
import org.hrcities.platform.application.port.in.moderation.ReadCommentForModerationUseCase;
import org.hrcities.platform.application.port.in.moderation.ReadModerationHistoryUseCase;
import org.hrcities.platform.application.port.in.moderation.StatusFilter;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * The admin API's moderation queue: comments in full (email and sender's address included, for staff
 * only), their history, and the moderators' actions, each made against the version the moderator saw
 * ({@code If-Match}, or the version given per comment in a bulk action).
 */
@ApplicationScoped
@Path("api/admin/comments")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.MODERATE_COMMENTS)
public class AdminCommentsResource {

    static final int DEFAULT_PER_PAGE = 20;

    private ListCommentsForModerationUseCase listComments;
    private ReadCommentForModerationUseCase readComment;
    private ReadModerationHistoryUseCase readHistory;
    private ModerateCommentsUseCase moderate;

    protected AdminCommentsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminCommentsResource(ListCommentsForModerationUseCase listComments, ReadCommentForModerationUseCase readComment,
                                 ReadModerationHistoryUseCase readHistory, ModerateCommentsUseCase moderate) {
        this.listComments = listComments;
        this.readComment = readComment;
        this.readHistory = readHistory;
        this.moderate = moderate;
    }

    /** One page of the queue, newest first: {@code status} (pending by default), {@code post}, {@code q}. */
    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("post") String post, @QueryParam("q") String q,
                         @QueryParam("page") String page, @QueryParam("per_page") String perPage, @Context UriInfo uri) {
        FieldErrors errors = new FieldErrors();
        StatusFilter filter = errors.capture("status", () -> ModerationInputs.statusFilter("status", status));
        PostId postId = errors.capture("post", () -> ModerationInputs.post("post", post));
        errors.throwIfAny();
        PageRequest pageRequest = Paging.request(page, perPage, DEFAULT_PER_PAGE);
        ListCommentsForModerationQuery query = errors.capture(() -> new ListCommentsForModerationQuery(filter, postId,
                q, pageRequest));
        errors.throwIfAny();
        ModerationQueue queue = listComments.listCommentsForModeration(query);
        List<ModeratedCommentResponse> body = queue.page().items().stream().map(ModeratedCommentResponse::from).toList();
        return Paging.withLinks(Response.ok(body), queue.page(), uri).header("Cache-Control", "no-store").build();
    }

    /** The comment with its history; the ETag is its version. */
    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        CommentId commentId = commentId(id);
        return one(readComment.readCommentForModeration(commentId));
    }

    /** approve, hold, spam, trash or restore the comment as read at the version in {@code If-Match}. */
    @POST
    @Path("{id}/{action}")
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
                        @HeaderParam("If-Match") String ifMatch, @Context HttpServletRequest request) {
        ModerationAction chosen = statusChange(action);
        CommentId commentId = commentId(id);
        readComment.readCommentForModeration(commentId);
        long expected = Preconditions.expectedVersion(ifMatch);
        moderateOne(commentId, expected, chosen, request);
        return one(readComment.readCommentForModeration(commentId));
    }

    /** Deletes the comment for good: only from trash or spam (else 409), as read at the version in {@code If-Match}. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @Context HttpServletRequest request) {
        CommentId commentId = commentId(id);
        readComment.readCommentForModeration(commentId);
        long expected = Preconditions.expectedVersion(ifMatch);
        moderateOne(commentId, expected, ModerationAction.DELETE, request);
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    /** One action on several comments, each on its own: the answer says what became of each. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bulk(BulkModerationRequest body, @Context HttpServletRequest request) {
        if (body == null) {
            throw new InvalidValueException("action", "a JSON body with the action and the comments is required");
        }
        FieldErrors errors = new FieldErrors();
        ModerationAction action = errors.capture("action", () -> ModerationInputs.action("action", body.action()));
        List<ModerationTarget> targets = new ArrayList<>();
        List<BulkModerationRequest.TargetRequest> named = body.comments() == null ? List.of() : body.comments();
        for (int i = 0; i < named.size(); i++) {
            BulkModerationRequest.TargetRequest target = named.get(i);
            String field = "comments[" + i + "]";
            ModerationTarget parsed = target == null ? null : errors.capture(field, () -> new ModerationTarget(
                    CommentId.parse("id", target.id()), target.version() == null ? 0 : target.version()));
            if (target == null) {
                errors.capture(field, () -> {
                    throw new InvalidValueException(field, field + " must name a comment and its version");
                });
            }
            if (parsed != null) {
                targets.add(parsed);
            }
        }
        errors.throwIfAny();
        ModerateCommentsCommand command = errors.capture("comments", () -> new ModerateCommentsCommand(targets, action,
                ModerationInputs.actor(SignedIn.required(request)), body.reason()));
        errors.throwIfAny();
        return Response.ok(BulkModerationResponse.from(moderate.moderateComments(command)))
                .header("Cache-Control", "no-store").build();
    }

    private void moderateOne(CommentId id, long expected, ModerationAction action, HttpServletRequest request) {
        if (expected < 1) {
            throw Preconditions.stale();
        }
        Preconditions.unlessStale(() -> moderate.moderateComment(new ModerateCommentCommand(
                new ModerationTarget(id, expected), action, ModerationInputs.actor(SignedIn.required(request)), null)));
    }

    private Response one(ModerationQueueItem item) {
        List<ModerationRecord> history = readHistory.readModerationHistory(item.comment().id());
        return Response.ok(ModeratedCommentResponse.from(item, history))
                .tag(Preconditions.tagOf(item.comment().version())).header("Cache-Control", "no-store").build();
    }

    /** The status changes a path may name; deletion goes through DELETE. */
    private static ModerationAction statusChange(String action) {
        try {
            ModerationAction chosen = ModerationInputs.action("action", action);
            if (chosen != ModerationAction.DELETE) {
                return chosen;
            }
        } catch (InvalidValueException e) {
            // not an action: no such resource
        }
        throw new NotFoundException("no such action: use approve, hold, spam, trash or restore (and DELETE to delete)");
    }

    private static CommentId commentId(String id) {
        try {
            return CommentId.parse("id", id);
        } catch (InvalidValueException e) {
            throw new NotFoundException("no comment has the id " + id.replaceAll("[^A-Za-z0-9-]", "?"));
        }
    }
}
