package org.hrcities.platform.adapter.in.web.site.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Atom 1.0 feeds, written by ROME: the latest posts, and the approved comments of a post. */
@Path("")
@ApplicationScoped
public class FeedsResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String SITE_TITLE = "Human Rights Cities Network";
    private static final int POSTS_IN_FEED = 20;
    private static final int COMMENTS_IN_FEED = 50;

    private ListPublishedPostsUseCase listPosts;
    private ReadPublishedPostUseCase readPost;

    protected FeedsResource() {
        // for the container's proxy
    }

    @Inject
    public FeedsResource(ListPublishedPostsUseCase listPosts, ReadPublishedPostUseCase readPost) {
        this.listPosts = listPosts;
        this.readPost = readPost;
    }

    @GET
    @Path("feed.xml")
    @Produces("application/atom+xml")
    public Response posts(@Context UriInfo uri) {
        String base = base(uri);
        List<PublishedPost> latest = listPosts.listPublishedPosts(
                new ListPublishedPostsQuery(PageRequest.first(POSTS_IN_FEED))).items();
        SyndFeed feed = feed(SITE_TITLE + ": news", base, base + "feed.xml", base);
        List<SyndEntry> entries = new ArrayList<>();
        for (PublishedPost published : latest) {
            Post post = published.post();
            SyndEntry entry = entry("urn:uuid:" + post.id(), post.title(), base + "posts/" + post.slug().value(),
                    post.publishedAt().orElseThrow(), person(post.authorName(), null));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(post.content().excerpt());
            entry.setDescription(summary);
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(Markdown.toHtml(post.content().body()).value());
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        return respond(feed, entries);
    }

    @GET
    @Path("posts/{slug}/comments/feed.xml")
    @Produces("application/atom+xml")
    public Response comments(@PathParam("slug") String slug, @Context UriInfo uri) {
        PostDetails details = readPost.readPublishedPost(new ReadPublishedPostQuery(Slugs.fromPath(slug, "post")));
        String base = base(uri);
        String postUrl = base + "posts/" + details.post().slug().value();
        SyndFeed feed = feed("Comments on " + details.post().title(), postUrl,
                postUrl + "/comments/feed.xml", postUrl);
        List<SyndEntry> entries = new ArrayList<>();
        details.approvedComments().stream().sorted(Comparator.comparing(Comment::submittedAt).reversed())
                .limit(COMMENTS_IN_FEED).forEach(comment -> {
                    SyndEntry entry = entry("urn:uuid:" + comment.id(), "Comment by " + comment.commenter().name(),
                            postUrl + "#comment-" + comment.id(), comment.submittedAt(),
                            person(comment.commenter().name(),
                                    comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null)));
                    SyndContent content = new SyndContentImpl();
                    content.setType("text");
                    content.setValue(comment.text().value());
                    entry.setContents(List.of(content));
                    entries.add(entry);
                });
        return respond(feed, entries);
    }

    private static Response respond(SyndFeed feed, List<SyndEntry> entries) {
        feed.setEntries(entries);
        Instant updated = entries.stream().map(entry -> entry.getUpdatedDate().toInstant()).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(updated));
        try {
            byte[] xml = new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
            return Representations.ok(xml, ATOM, true, Freshness.MINUTE).build();
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the feed", e);
        }
    }

    private static SyndFeed feed(String title, String id, String self, String alternate) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(id);
        feed.setLinks(List.of(link("self", self, "application/atom+xml"), link("alternate", alternate, "text/html")));
        feed.setLanguage("en");
        return feed;
    }

    private static SyndEntry entry(String id, String title, String href, Instant at, SyndPerson author) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(title);
        entry.setLink(href);
        entry.setPublishedDate(Date.from(at));
        entry.setUpdatedDate(Date.from(at));
        entry.setAuthors(List.of(author));
        return entry;
    }

    private static SyndPerson person(String name, String website) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        person.setUri(website);
        return person;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base : base + "/";
    }
}
