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
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.application.port.in.post.FoundPost;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;

/** The published posts of the network. */
@Path("api/posts")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PostsResource {

    /** The site's languages ({@code lang}). Built without the container, a site in English alone. */
    private SiteLanguages languages = SiteLanguages.only(new Language("en"));

    private ListPublishedPostsUseCase listPosts;
    private ReadPublishedPostUseCase readPost;
    private SearchPublishedPostsUseCase searchPosts;

    protected PostsResource() {
        // for the container's proxy
    }

    @Inject
    public PostsResource(ListPublishedPostsUseCase listPosts, ReadPublishedPostUseCase readPost,
                         SearchPublishedPostsUseCase searchPosts, SiteLanguages languages) {
        this.listPosts = listPosts;
        this.readPost = readPost;
        this.searchPosts = searchPosts;
        this.languages = languages;
    }

    /**
     * Published posts in the language {@code lang} (the site's default when absent), newest first,
     * {@code per_page} (1 to 100, default 10) at a time: all of them, or those tagged with the partner city
     * {@code city}; or, with {@code q}, the posts of every language that match its words and phrases, best
     * first, each with the passage that matched, narrowed by {@code city}, {@code topic} and {@code language}
     * (or {@code lang}) when given.
     */
    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                         @QueryParam("q") String q, @QueryParam("city") String city, @QueryParam("topic") String topic,
                         @QueryParam("language") String language, @QueryParam("lang") String lang,
                         @Context UriInfo uri) {
        PageRequest pageRequest = Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE);
        if (q != null) {
            String narrowed = language != null ? language
                    : lang == null ? null : Languages.fromQuery(lang, languages).code();
            Page<FoundPost> found = searchPosts.searchPublishedPosts(SearchPublishedPostsQuery.of(q, city, topic,
                    narrowed, pageRequest));
            List<PostSummaryResponse> body = found.items().stream()
                    .map(item -> PostSummaryResponse.from(item, languages)).toList();
            return Paging.withLinks(Representations.json(body, Freshness.MINUTE), found, uri).build();
        }
        if (topic != null || language != null) {
            throw new InvalidRequestException(List.of(new FieldErrorResponse(topic != null ? "topic" : "language",
                    (topic != null ? "topic" : "language") + " narrows a search: it needs q"
                            + (topic != null ? "" : " (lists take lang)"))));
        }
        Language in = Languages.fromQuery(lang, languages);
        Page<PublishedPost> posts;
        if (city != null) {
            posts = listPosts.listPublishedPosts(new ListPublishedPostsQuery(in, pageRequest,
                    Slugs.fromPath(city, "partner city")));
        } else {
            posts = listPosts.listPublishedPosts(new ListPublishedPostsQuery(in, pageRequest));
        }
        List<PostSummaryResponse> body = posts.items().stream()
                .map(item -> PostSummaryResponse.from(item, languages)).toList();
        return Paging.withLinks(Representations.json(body, Freshness.MINUTE), posts, uri).build();
    }

    /** One published post, by its slug in the language {@code lang} (the site's default when absent). */
    @GET
    @Path("{slug}")
    public Response read(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        PostResponse post = PostResponse.from(readPost.readPublishedPost(new ReadPublishedPostQuery(
                Languages.fromQuery(lang, languages), Slugs.fromPath(slug, "post"))), languages);
        return Representations.json(post, Freshness.MINUTE).build();
    }
}
