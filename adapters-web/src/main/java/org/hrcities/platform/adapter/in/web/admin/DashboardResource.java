package org.hrcities.platform.adapter.in.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.security.SignedIn;
import org.hrcities.platform.adapter.in.web.site.FormToken;
import org.hrcities.platform.adapter.in.web.site.FormTokens;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationUseCase;
import org.hrcities.platform.domain.shared.PageRequest;

/** The admin's start page: what the signed-in member's role lets them do. */
@ApplicationScoped
@Path("admin")
@Requires(Permission.MODERATE_COMMENTS)
public class DashboardResource {

    // posts: drafts and scheduled posts, for members who may write posts
    private ListPostsForEditingUseCase listPosts;
    // comment moderation: the number of pending comments
    private ListCommentsForModerationUseCase listComments;

    protected DashboardResource() {
        // for the container's proxy
    }

    @Inject
    public DashboardResource(ListPostsForEditingUseCase listPosts, ListCommentsForModerationUseCase listComments) {
        this.listPosts = listPosts;
        this.listComments = listComments;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@QueryParam("notice") String notice, @CookieParam(FormTokens.COOKIE) Cookie cookie,
                              @Context HttpServletRequest request, @Context UriInfo uri) {
        FormToken token = FormToken.of(cookie);
        StaffMember member = SignedIn.required(request);
        AdminNav nav = AdminNav.of(member, "dashboard", token.value());
        String shown = "expired-form".equals(notice) ? AdminPages.EXPIRED_FORM : null;
        // comment moderation: the number of pending comments, for those who moderate
        Long pendingComments = nav.comments() ? listComments.listCommentsForModeration(
                ListCommentsForModerationQuery.pending(PageRequest.first(1))).page().totalItems() : null;
        // end of comment moderation
        return AdminPages.page(200, "admin/dashboard.jte", new DashboardPage(nav, shown, postCounts(member), pendingComments), token, uri);
    }

    private DashboardPage.PostCounts postCounts(StaffMember member) {
        if (!member.may(Permission.WRITE_POSTS)) {
            return null;
        }
        PostsForEditing posts = listPosts.listPostsForEditing(ListPostsForEditingQuery.all(PageRequest.first(1)));
        return new DashboardPage.PostCounts(posts.count(PostStatus.DRAFT), posts.count(PostStatus.SCHEDULED));
    }
}
