package org.hrcities.platform.adapter.in.web.site.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.event.ListEventsQuery;
import org.hrcities.platform.application.port.in.event.ListEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.topic.Topic;

/**
 * What search engines read: the sitemap (written with StAX, which escapes) and robots.txt. The
 * sitemap lists the home page, the partner cities, the published pages, every published post and the topics that at least
 * one published post is filed under (a topic without posts has an empty page, not worth a visit), and the list of
 * events with every published event.
 */
@Path("")
@ApplicationScoped
public class SitemapResource {

    /**
     * The site's languages; the pages and answers are in its default language. Built without the container,
     * a site in English alone.
     */
    private SiteLanguages languages = SiteLanguages.only(new Language("en"));

    /** The sitemap protocol's limit for one file. */
    static final int MAX_URLS = 50_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private ListPublishedPostsUseCase listPosts;
    private ListPartnerCitiesUseCase listCities;
    private ListPublishedPagesUseCase listPages;
    private ListEventsUseCase listEvents;

    protected SitemapResource() {
        // for the container's proxy
    }

    @Inject
    public SitemapResource(ListPublishedPostsUseCase listPosts, ListPartnerCitiesUseCase listCities,
                           ListPublishedPagesUseCase listPages, ListEventsUseCase listEvents, SiteLanguages languages) {
        this.listPosts = listPosts;
        this.listCities = listCities;
        this.listPages = listPages;
        this.listEvents = listEvents;
        this.languages = languages;
    }

    /** A sitemap without events. */
    public SitemapResource(ListPublishedPostsUseCase listPosts, ListPartnerCitiesUseCase listCities,
                           ListPublishedPagesUseCase listPages, SiteLanguages languages) {
        this(listPosts, listCities, listPages, query -> new Page<>(java.util.List.of(), query.page(), 0), languages);
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    public Response sitemap(@Context UriInfo uri)
            throws XMLStreamException {
        String base = AtomFeeds.base(uri);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        url(xml, base, null);
        url(xml, base + "cities", null);
        int written = 2;
        for (PartnerCityInLanguage city : listCities.listPartnerCities(languages.defaultLanguage())) {
            url(xml, base + "cities/" + city.city().slug().value(), null);
            written++;
        }
        for (SitePage page : listPages.listPublishedPages(languages.defaultLanguage())) {
            url(xml, base + "pages/" + page.slug().value(), page.updatedAt());
            written++;
        }
        Set<String> topics = new TreeSet<>();
        for (int page = 1; written < MAX_URLS; page++) {
            Page<PublishedPost> posts = listPosts.listPublishedPosts(new ListPublishedPostsQuery(languages.defaultLanguage(), new PageRequest(page, 100)));
            for (PublishedPost post : posts.items()) {
                if (written++ >= MAX_URLS) {
                    break;
                }
                url(xml, base + "posts/" + post.post().slug().value(), post.post().publishedAt().orElse(null));
                post.topics().stream().map(Topic::slug).forEach(slug -> topics.add(slug.value()));
            }
            if (!posts.hasNext()) {
                break;
            }
        }
        for (String topic : topics) {
            if (written++ >= MAX_URLS) {
                break;
            }
            url(xml, base + "topics/" + topic, null);
        }
        if (written++ < MAX_URLS) {
            url(xml, base + "events", null);
        }
        for (int page = 1; written < MAX_URLS; page++) {
            Page<ListedEvent> events = listEvents.listEvents(new ListEventsQuery(new PageRequest(page, 100), null));
            for (ListedEvent event : events.items()) {
                if (written++ >= MAX_URLS) {
                    break;
                }
                url(xml, base + "events/" + event.event().slug().value(), event.event().updatedAt());
            }
            if (!events.hasNext()) {
                break;
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return Representations.ok(bytes.toByteArray(), "application/xml;charset=UTF-8", true,
                Freshness.HOUR).build();
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    public Response robots(@Context UriInfo uri) {
        String text = "User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: " + AtomFeeds.base(uri) + "sitemap.xml\n";
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8")
                .header("Cache-Control", "public, max-age=86400").build();
    }

    private static void url(XMLStreamWriter xml, String location, Instant modified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (modified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DAY.format(modified));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
