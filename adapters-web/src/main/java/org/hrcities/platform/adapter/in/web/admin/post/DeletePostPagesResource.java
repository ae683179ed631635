package org.hrcities.platform.adapter.in.web.admin.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.authoring.DeletePostCommand;
import org.hrcities.platform.application.port.in.authoring.DeletePostUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Deleting a post with its comments, for good: a page that asks to confirm, and the confirmation,
 * which deletes the post only as the editor saw it on that page.
 */
@ApplicationScoped
@Path("admin/posts/{id}/delete")
@Requires(Permission.WRITE_POSTS)
public class DeletePostPagesResource {

    private ReadPostForEditingUseCase readPost;
    private DeletePostUseCase deletePost;

    protected DeletePostPagesResource() {
        // for the container's proxy
    }

    @Inject
    public DeletePostPagesResource(ReadPostForEditingUseCase readPost, DeletePostUseCase deletePost) {
        this.readPost = readPost;
        this.deletePost = deletePost;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        return admin.page(200, "admin/postDelete.jte", page(admin, readPost.readPostForEditing(Ids.postFromPath(id)).post(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @BeanParam AdminRequest admin) {
        Post post = readPost.readPostForEditing(Ids.postFromPath(id)).post();
        if (!admin.acceptsForm(form)) {
            return admin.page(403, "admin/postDelete.jte", page(admin, post, admin.texts().t("common.expiredForm")));
        }
        try {
            deletePost.deletePost(new DeletePostCommand(post.id(), AdminPages.version(form)));
        } catch (ConcurrentUpdateException | InvalidValueException e) {
            return admin.page(409, "admin/postDelete.jte", page(admin, post, admin.texts().t("postDelete.error.stale")));
        }
        return AdminPages.seeOther("/admin/posts", "deleted");
    }

    private static DeletePostPage page(AdminRequest admin, Post post, String formError) {
        return new DeletePostPage(admin.nav("posts"), post.id().toString(), post.version(), post.title(),
                post.status().name().toLowerCase(Locale.ROOT), formError);
    }
}
