package org.hrcities.platform.adapter.in.web.site.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;

/**
 * Atom 1.0 feeds, written by ROME ({@link AtomFeeds}): the latest posts, and the approved comments of
 * a post. The feeds of a partner city's and a topic's posts are answered beside their pages.
 */
@Path("")
@ApplicationScoped
public class FeedsResource {

    /** The site's languages; each feed is in the language of its address. Built without the container, English alone. */
    private SiteLanguages languages = SiteLanguages.only(new Language("en"));

    private static final int COMMENTS_IN_FEED = 50;

    private ListPublishedPostsUseCase listPosts;
    private ReadPublishedPostUseCase readPost;

    protected FeedsResource() {
        // for the container's proxy
    }

    @Inject
    public FeedsResource(ListPublishedPostsUseCase listPosts, ReadPublishedPostUseCase readPost,
                         SiteLanguages languages) {
        this.listPosts = listPosts;
        this.readPost = readPost;
        this.languages = languages;
    }

    /** The latest posts in the language of the address: {@code /feed.xml}, {@code /fr/feed.xml}. */
    @GET
    @Path("feed.xml")
    @Produces("application/atom+xml")
    public Response posts(@Context UriInfo uri) {
        Language language = new LanguageRoutes(languages).of(uri);
        Texts texts = Texts.of(Texts.SITE, language);
        return AtomFeeds.posts(uri, language, texts.t("feed.news", texts.t("layout.brand")), "", "feed.xml",
                listPosts.listPublishedPosts(new ListPublishedPostsQuery(language,
                        PageRequest.first(AtomFeeds.POSTS_IN_FEED))).items().stream().map(PublishedPost::post).toList());
    }

    /** The approved comments of one post, in the post's language. */
    @GET
    @Path("posts/{slug}/comments/feed.xml")
    @Produces("application/atom+xml")
    public Response comments(@PathParam("slug") String slug, @Context UriInfo uri) {
        Language language = new LanguageRoutes(languages).of(uri);
        Texts texts = Texts.of(Texts.SITE, language);
        PostDetails details = readPost.readPublishedPost(new ReadPublishedPostQuery(language, Slugs.fromPath(slug, "post")));
        String postUrl = AtomFeeds.base(uri) + "posts/" + details.post().slug().value();
        SyndFeed feed = AtomFeeds.feed(texts.t("feed.comments", details.post().title()), postUrl,
                postUrl + "/comments/feed.xml", postUrl, language);
        List<SyndEntry> entries = new ArrayList<>();
        details.approvedComments().stream().sorted(Comparator.comparing(Comment::submittedAt).reversed())
                .limit(COMMENTS_IN_FEED).forEach(comment -> {
                    SyndEntry entry = AtomFeeds.entry("urn:uuid:" + comment.id(),
                            texts.t("feed.commentBy", comment.commenter().name()),
                            postUrl + "#comment-" + comment.id(), comment.submittedAt(),
                            AtomFeeds.person(comment.commenter().name(),
                                    comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null)));
                    SyndContent content = new SyndContentImpl();
                    content.setType("text");
                    content.setValue(comment.text().value());
                    entry.setContents(List.of(content));
                    entries.add(entry);
                });
        return AtomFeeds.respond(feed, entries);
    }
}
