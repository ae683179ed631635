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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.domain.post.Post;

/**
 * Atom 1.0 feeds written by ROME, with absolute addresses on the site's address: the feeds of
 * posts (the site's news, and the posts about one partner city or one topic), each entry with its
 * excerpt and its body rendered as on the page, and the parts the comments feed shares with them.
 * Every feed is the same for every reader, stored and revalidated as the other public answers.
 */
public final class AtomFeeds {

    /** How many of the latest posts a feed of posts holds. */
    public static final int POSTS_IN_FEED = 20;
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    public static final String SITE_TITLE = "Human Rights Cities Network";

    private AtomFeeds() {
    }

    /**
     * A feed of posts in {@code language} (its {@code xml:lang}): {@code title}, the page it follows at
     * {@code pagePath} (its id and alternate link) and the feed's own address {@code feedPath}, both
     * relative to the request's base ("" for the home page), which ends with the language's code when it
     * is not the default, and the posts, newest first.
     */
    public static Response posts(UriInfo uri, Language language, String title, String pagePath, String feedPath,
                                 List<Post> posts) {
        String base = base(uri);
        SyndFeed feed = feed(title, base + pagePath, base + feedPath, base + pagePath, language);
        List<SyndEntry> entries = new ArrayList<>();
        for (Post post : posts) {
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

    /** The site's address, ending with a slash: the start of every absolute URL the feeds and the sitemap print. */
    public static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base : base + "/";
    }

    static Response respond(SyndFeed feed, List<SyndEntry> entries) {
        feed.setEntries(entries);
        Instant updated = entries.stream().map(entry -> entry.getUpdatedDate().toInstant()).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(updated));
        try {
            // ROME writes the language as dc:language only; Atom readers take the feed's xml:lang (RFC 4287 2),
            // added to its first tag (the code is an ISO 639 code: letters only)
            String written = new SyndFeedOutput().outputString(feed).replaceFirst("<feed ",
                    "<feed xml:lang=\"" + Language.parse(feed.getLanguage()).code() + "\" ");
            byte[] xml = written.getBytes(StandardCharsets.UTF_8);
            return Representations.ok(xml, ATOM, true, Freshness.MINUTE).build();
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the feed", e);
        }
    }

    static SyndFeed feed(String title, String id, String self, String alternate, Language language) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(id);
        feed.setLinks(List.of(link("self", self, "application/atom+xml"), link("alternate", alternate, "text/html")));
        feed.setLanguage(language.code());
        return feed;
    }

    static SyndEntry entry(String id, String title, String href, Instant at, SyndPerson author) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(title);
        entry.setLink(href);
        entry.setPublishedDate(Date.from(at));
        entry.setUpdatedDate(Date.from(at));
        entry.setAuthors(List.of(author));
        return entry;
    }

    static SyndPerson person(String name, String website) {
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
}
