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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.topic.Topic;

/**
 * What search engines read: the sitemap (written with StAX, which escapes) and robots.txt. The
 * sitemap lists, in every language of the site, the home page, the partner cities, the list of events with every
 * published event, and in each language the pages and posts published in it and the topics that at least one of
 * those posts is filed under (a topic without posts has an empty page, not worth a visit); each entry names the page
 * in its other languages with {@code <xhtml:link rel="alternate" hreflang>}.
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
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
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
        Urls urls = new Urls(AtomFeeds.base(uri), new LanguageRoutes(languages));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP);
        xml.writeNamespace("xhtml", XHTML);
        Map<Language, String> everywhere = new LinkedHashMap<>();
        for (String path : List.of("/", "/cities")) {
            languages.all().forEach(language -> everywhere.put(language, path));
            urls.everyLanguage(xml, everywhere, null);
        }
        for (PartnerCityInLanguage city : listCities.listPartnerCities(languages.defaultLanguage())) {
            languages.all().forEach(language -> everywhere.put(language, "/cities/" + city.city().slug().value()));
            urls.everyLanguage(xml, everywhere, null);
        }
        Map<SitePageId, Map<Language, String>> pageGroups = new LinkedHashMap<>();
        Map<String, Instant> pageUpdates = new LinkedHashMap<>();
        for (SitePage page : listPages.listPublishedPages()) {
            if (languages.contains(page.language())) {
                pageGroups.computeIfAbsent(page.translationGroup(), group -> new LinkedHashMap<>())
                        .put(page.language(), "/pages/" + page.slug().value());
                pageUpdates.put(page.language().code() + "/pages/" + page.slug().value(), page.updatedAt());
            }
        }
        for (Map<Language, String> group : pageGroups.values()) {
            urls.eachTranslation(xml, group, (language, path) -> pageUpdates.get(language.code() + path));
        }
        Map<String, Map<Language, String>> topics = new TreeMap<>();
        for (Language language : languages.all()) {
            for (int page = 1; urls.room(); page++) {
                Page<PublishedPost> posts = listPosts.listPublishedPosts(new ListPublishedPostsQuery(language,
                        new PageRequest(page, 100)));
                for (PublishedPost post : posts.items()) {
                    if (!urls.room()) {
                        break;
                    }
                    Map<Language, String> translations = new LinkedHashMap<>();
                    translations.put(language, "/posts/" + post.post().slug().value());
                    post.translations().stream().filter(translation -> languages.contains(translation.language()))
                            .forEach(translation -> translations.put(translation.language(),
                                    "/posts/" + translation.slug().value()));
                    urls.one(xml, language, translations, post.post().publishedAt().orElse(null));
                    post.topics().stream().map(Topic::slug).forEach(slug -> topics
                            .computeIfAbsent(slug.value(), key -> new LinkedHashMap<>())
                            .put(language, "/topics/" + slug.value()));
                }
                if (!posts.hasNext()) {
                    break;
                }
            }
        }
        for (Map<Language, String> topic : topics.values()) {
            urls.eachTranslation(xml, topic, (language, path) -> null);
        }
        languages.all().forEach(language -> everywhere.put(language, "/events"));
        urls.everyLanguage(xml, everywhere, null);
        for (int page = 1; urls.room(); page++) {
            Page<ListedEvent> events = listEvents.listEvents(new ListEventsQuery(new PageRequest(page, 100), null));
            for (ListedEvent event : events.items()) {
                languages.all().forEach(language -> everywhere.put(language, "/events/" + event.event().slug().value()));
                urls.everyLanguage(xml, everywhere, event.event().updatedAt());
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

    /**
     * Writes {@code <url>} entries, at most {@value #MAX_URLS}: each page in each of its languages, with
     * {@code <xhtml:link rel="alternate" hreflang>} to every language it is in (itself included) and to
     * {@code x-default} (the default language's), as search engines read alternates from a sitemap.
     */
    private static final class Urls {

        private final String base;
        private final LanguageRoutes routes;
        private int written;

        Urls(String base, LanguageRoutes routes) {
            this.base = base;
            this.routes = routes;
        }

        boolean room() {
            return written < MAX_URLS;
        }

        /** A page that every language has at the same path, updated at {@code modified} (or unknown). */
        void everyLanguage(XMLStreamWriter xml, Map<Language, String> paths, Instant modified) throws XMLStreamException {
            eachTranslation(xml, paths, (language, path) -> modified);
        }

        /** A page in each language of {@code paths} (paths without language), each an entry with the alternates. */
        void eachTranslation(XMLStreamWriter xml, Map<Language, String> paths,
                             java.util.function.BiFunction<Language, String, Instant> modified) throws XMLStreamException {
            for (Language language : routes.languages().all()) {
                String path = paths.get(language);
                if (path != null) {
                    one(xml, language, paths, modified.apply(language, path));
                }
            }
        }

        /** The entry of the page in {@code language} ({@code paths} holds its path there and its translations'). */
        void one(XMLStreamWriter xml, Language language, Map<Language, String> paths, Instant modified)
                throws XMLStreamException {
            if (!room()) {
                return;
            }
            written++;
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(address(language, paths.get(language)));
            xml.writeEndElement();
            if (modified != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(DAY.format(modified));
                xml.writeEndElement();
            }
            if (paths.size() > 1) {
                for (Language each : routes.languages().all()) {
                    String path = paths.get(each);
                    if (path != null) {
                        alternate(xml, each.code(), address(each, path));
                    }
                }
                Language original = routes.languages().defaultLanguage();
                if (paths.containsKey(original)) {
                    alternate(xml, "x-default", address(original, paths.get(original)));
                }
            }
            xml.writeEndElement();
        }

        private String address(Language language, String path) {
            return base + routes.path(language, path).substring(1);
        }

        private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
            xml.writeEmptyElement(XHTML, "link");
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", hreflang);
            xml.writeAttribute("href", href);
        }
    }
}
