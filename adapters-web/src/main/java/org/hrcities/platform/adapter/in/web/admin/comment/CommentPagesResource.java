package org.hrcities.platform.adapter.in.web.admin.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.input.ModerationInputs;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.comment.CommentNotFoundException;
import org.hrcities.platform.application.port.in.moderation.BulkModerationResult;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsCommand;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerationOutcome;
import org.hrcities.platform.application.port.in.moderation.ModerationQueue;
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
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * The moderators' pages: the queue with its tabs, filters and bulk actions (checkboxes and buttons,
 * no script), the confirmation step before deleting for good, and one comment with its history.
 */
@ApplicationScoped
@Path("admin/comments")
@Requires(Permission.MODERATE_COMMENTS)
public class CommentPagesResource {

    static final int PER_PAGE = 20;

    private ListCommentsForModerationUseCase listComments;
    private ReadCommentForModerationUseCase readComment;
    private ReadModerationHistoryUseCase readHistory;
    private ModerateCommentsUseCase moderate;
    private SiteTimeZone zone;
    /** Where each language's posts live, for the links to the posts; built without the container, English alone. */
    private LanguageRoutes routes = new LanguageRoutes(SiteLanguages.only(new Language("en")));

    protected CommentPagesResource() {
        // for the container's proxy
    }

    @Inject
    public CommentPagesResource(ListCommentsForModerationUseCase listComments, ReadCommentForModerationUseCase readComment,
                                ReadModerationHistoryUseCase readHistory, ModerateCommentsUseCase moderate,
                                SiteTimeZone zone, LanguageRoutes routes) {
        this.routes = routes;
        this.listComments = listComments;
        this.readComment = readComment;
        this.readHistory = readHistory;
        this.moderate = moderate;
        this.zone = zone;
    }

    /**
     * One tab of the queue. After a bulk action the query also says what it did ({@code action},
     * {@code done}, {@code changed}, {@code refused}, {@code missing}), which becomes the summary.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("status") String status, @QueryParam("post") String post, @QueryParam("q") String q,
                         @QueryParam("page") String page, @QueryParam("notice") String notice,
                         @QueryParam("action") String action, @QueryParam("done") String done,
                         @QueryParam("changed") String changed, @QueryParam("refused") String refused,
                         @QueryParam("missing") String missing, @BeanParam AdminRequest admin) {
        AdminNav nav = admin.nav("comments");
        Texts t = admin.texts();
        String summary = "none-selected".equals(notice) ? t.t("comments.notice.noneSelected")
                : "expired-form".equals(notice) ? t.t("common.expiredForm")
                : summary(t, action, count(done), count(changed), count(refused), count(missing));
        StatusFilter filter;
        PostId postId;
        int pageNumber;
        ListCommentsForModerationQuery query;
        try {
            filter = ModerationInputs.statusFilter("status", status);
            postId = ModerationInputs.post("post", post);
            pageNumber = page == null || page.isBlank() ? 1 : parsePage(page);
            query = new ListCommentsForModerationQuery(filter, postId, q, new PageRequest(pageNumber, PER_PAGE));
        } catch (InvalidValueException e) {
            ModerationQueue queue = listComments.listCommentsForModeration(
                    ListCommentsForModerationQuery.pending(PageRequest.first(PER_PAGE)));
            CommentsPage shown = page(nav, t, StatusFilter.PENDING, null, null, 1, queue, null, Sentences.of(e.getMessage()));
            return admin.page(400, "admin/comments.jte", shown);
        }
        ModerationQueue queue = listComments.listCommentsForModeration(query);
        CommentsPage shown = page(nav, t, filter, postId == null ? null : postId.toString(), query.searchOrNull(), pageNumber,
                queue, summary, null);
        return admin.page(200, "admin/comments.jte", shown);
    }

    /**
     * A bulk action on the checked comments ({@code comment} = id:version, as each row showed it),
     * then 303 back to the same tab with a summary. Deleting for good first shows what will go, and
     * happens only once that page is confirmed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        String status = text(form, "status");
        String post = text(form, "post");
        String q = text(form, "q");
        String back = CommentsPage.href(safeFilter(status), safePost(post), q, 1);
        if (!admin.acceptsForm(form)) {
            return AdminPages.seeOther(back, "expired-form");
        }
        ModerationAction action;
        try {
            action = ModerationInputs.action("action", form.getFirst("action"));
        } catch (InvalidValueException e) {
            return AdminPages.seeOther(back, "none-selected");
        }
        List<ModerationTarget> targets = targets(form.get("comment"));
        if (targets.isEmpty()) {
            return AdminPages.seeOther(back, "none-selected");
        }
        String reason = text(form, "reason");
        if (action == ModerationAction.DELETE && !"yes".equals(form.getFirst("confirmed"))) {
            List<CommentRow> rows = new ArrayList<>();
            for (ModerationTarget target : targets) {
                try {
                    CommentRow row = CommentRow.of(readComment.readCommentForModeration(target.commentId()), zone,
                            admin.texts(), routes);
                    rows.add(row.atVersion(target.expectedVersion()));
                } catch (CommentNotFoundException e) {
                    // gone already: nothing to confirm
                }
            }
            if (rows.isEmpty()) {
                return summaryRedirect(back, action, 0, 0, 0, targets.size());
            }
            return admin.page(200, "admin/commentsDelete.jte", new DeleteConfirmationPage(admin.nav("comments"), rows,
                    status, post, q, reason, back));
        }
        ModerateCommentsCommand command;
        try {
            command = new ModerateCommentsCommand(targets, action, ModerationInputs.actor(admin.member()), reason);
        } catch (InvalidValueException e) {
            return AdminPages.seeOther(back, "none-selected");
        }
        BulkModerationResult result = moderate.moderateComments(command);
        return summaryRedirect(back, action, result.done(), outcomes(result, ModerationOutcome.Result.CONFLICT),
                outcomes(result, ModerationOutcome.Result.NOT_ALLOWED), outcomes(result, ModerationOutcome.Result.NOT_FOUND));
    }

    /** One comment in full, with its history. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response one(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        CommentId commentId;
        try {
            commentId = CommentId.parse("id", id);
        } catch (InvalidValueException e) {
            throw new NotFoundException("no comment has this id");
        }
        Texts t = admin.texts();
        CommentRow row = CommentRow.of(readComment.readCommentForModeration(commentId), zone, t, routes);
        List<ModerationRecord> history = readHistory.readModerationHistory(commentId);
        return admin.page(200, "admin/comment.jte", new CommentPage(admin.nav("comments"), row,
                history.stream().map(entry -> CommentPage.Entry.of(entry, zone, t)).toList()));
    }

    private CommentsPage page(AdminNav nav, Texts t, StatusFilter filter, String post, String q, int page,
                              ModerationQueue queue, String notice, String error) {
        return new CommentsPage(nav, filter, post, q, page, queue.page().totalPages(), queue.page().totalItems(),
                queue.countsByStatus(), queue.totalCount(), queue.reportedCount(),
                queue.page().items().stream().map(item -> CommentRow.of(item, zone, t, routes)).toList(), notice, error);
    }

    private static Response summaryRedirect(String back, ModerationAction action, long done, long changed, long refused,
                                            long missing) {
        UriBuilder target = UriBuilder.fromUri(back).queryParam("action", ModerationInputs.name(action))
                .queryParam("done", done);
        if (changed > 0) {
            target.queryParam("changed", changed);
        }
        if (refused > 0) {
            target.queryParam("refused", refused);
        }
        if (missing > 0) {
            target.queryParam("missing", missing);
        }
        return Response.seeOther(target.build()).build();
    }

    /** "3 approved; 1 had changed in the meantime and was left as it was", or null without an action. */
    static String summary(Texts t, String action, long done, long changed, long refused, long missing) {
        String name = action == null ? "" : action;
        if (!List.of("approve", "hold", "spam", "trash", "restore", "delete").contains(name)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(t.t("comments.summary.done", done, t.t("comments.summary.verb", name, done)));
        if (changed > 0) {
            parts.add(t.t("comments.summary.changed", changed));
        }
        if (refused > 0) {
            parts.add(t.t("comments.summary.refused", refused, t.t("comments.summary.verb", name, refused)));
        }
        if (missing > 0) {
            parts.add(t.t("comments.summary.missing", missing));
        }
        return t.t("comments.summary", String.join(t.t("comments.summary.separator"), parts));
    }

    private static long outcomes(BulkModerationResult result, ModerationOutcome.Result kind) {
        return result.outcomes().stream().filter(outcome -> outcome.result() == kind).count();
    }

    /** The checked rows: id:version each; malformed or repeated ones are left out. */
    static List<ModerationTarget> targets(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<CommentId> seen = new LinkedHashSet<>();
        List<ModerationTarget> targets = new ArrayList<>();
        for (String value : values) {
            int colon = value == null ? -1 : value.indexOf(':');
            if (colon < 1 || targets.size() >= ModerateCommentsCommand.MAX_TARGETS) {
                continue;
            }
            try {
                CommentId id = CommentId.parse("comment", value.substring(0, colon));
                long version = Long.parseLong(value.substring(colon + 1));
                if (seen.add(id)) {
                    targets.add(new ModerationTarget(id, version));
                }
            } catch (InvalidValueException | NumberFormatException e) {
                // not a row of the page: ignored
            }
        }
        return targets;
    }

    private static StatusFilter safeFilter(String status) {
        try {
            return ModerationInputs.statusFilter("status", status);
        } catch (InvalidValueException e) {
            return StatusFilter.PENDING;
        }
    }

    private static String safePost(String post) {
        try {
            PostId id = ModerationInputs.post("post", post);
            return id == null ? null : id.toString();
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("page", "page must be a whole number");
        }
    }

    private static long count(String text) {
        try {
            return text == null ? 0 : Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

}
