package org.hrcities.platform.adapter.in.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hrcities.platform.application.port.in.mail.ListOutgoingMailUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerationQueue;
import org.hrcities.platform.domain.mail.DeliveryState;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationUseCase;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * The admin's start page: what the signed-in member's role lets them do, the comments waiting for
 * moderators, and the drafts and scheduled posts of those who write.
 */
@ApplicationScoped
@Path("admin")
@Requires(Permission.MODERATE_COMMENTS)
public class DashboardResource {

    private ListPostsForEditingUseCase listPosts;
    private ListCommentsForModerationUseCase listComments;
    private ListOutgoingMailUseCase listMail;

    protected DashboardResource() {
        // for the container's proxy
    }

    @Inject
    public DashboardResource(ListPostsForEditingUseCase listPosts, ListCommentsForModerationUseCase listComments,
                             ListOutgoingMailUseCase listMail) {
        this.listMail = listMail;
        this.listPosts = listPosts;
        this.listComments = listComments;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        StaffMember member = admin.member();
        AdminNav nav = admin.nav("dashboard");
        String shown = "expired-form".equals(notice) ? AdminPages.EXPIRED_FORM : null;
        ModerationQueue queue = nav.comments() ? listComments.listCommentsForModeration(
                ListCommentsForModerationQuery.pending(PageRequest.first(1))) : null;
        Long failedMail = nav.settings() ? listMail.listOutgoingMail(DeliveryState.FAILED, PageRequest.first(1))
                .counts().getOrDefault(DeliveryState.FAILED, 0L) : null;
        return admin.page(200, "admin/dashboard.jte", new DashboardPage(nav, shown, postCounts(member),
                queue == null ? null : queue.page().totalItems(), queue == null ? null : queue.reportedCount(), failedMail));
    }

    private DashboardPage.PostCounts postCounts(StaffMember member) {
        if (!member.may(Permission.WRITE_POSTS)) {
            return null;
        }
        PostsForEditing posts = listPosts.listPostsForEditing(ListPostsForEditingQuery.all(PageRequest.first(1)));
        return new DashboardPage.PostCounts(posts.count(PostStatus.DRAFT), posts.count(PostStatus.SCHEDULED));
    }
}
