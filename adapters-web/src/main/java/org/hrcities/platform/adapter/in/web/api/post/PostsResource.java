package org.hrcities.platform.adapter.in.web.api.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hrcities.platform.adapter.in.web.common.Paging;
import org.hrcities.platform.adapter.in.web.common.Slugs;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.domain.shared.Page;

/** The published posts of the network. */
@Path("api/posts")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PostsResource {

    private ListPublishedPostsUseCase listPosts;
    private ReadPublishedPostUseCase readPost;

    protected PostsResource() {
        // for the container's proxy
    }

    @Inject
    public PostsResource(ListPublishedPostsUseCase listPosts, ReadPublishedPostUseCase readPost) {
        this.listPosts = listPosts;
        this.readPost = readPost;
    }

    /** Published posts, newest first, {@code per_page} (1 to 100, default 10) at a time. */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                         @Context UriInfo uri) {
        Page<PublishedPost> posts = listPosts.listPublishedPosts(
                new ListPublishedPostsQuery(Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE)));
        return Paging.ok(posts, posts.items().stream().map(PostSummaryResponse::from).toList(), uri).build();
    }

    /** One published post. */
    @GET
    @Path("{slug}")
    public PostResponse read(@PathParam("slug") String slug) {
        return PostResponse.from(readPost.readPublishedPost(new ReadPublishedPostQuery(Slugs.fromPath(slug, "post"))));
    }
}
