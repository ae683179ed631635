package org.hrcities.platform.adapter.in.web.site.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import java.util.Optional;
import org.hrcities.platform.application.port.in.event.ListEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventFixtures;
import org.junit.jupiter.api.Test;
import static org.mockito.ArgumentMatchers.any;
import org.hrcities.platform.application.port.in.post.PublishedTranslation;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The sitemap lists the pages worth a search engine's visit, topics with posts among them. */
@ExtendWith(MockitoExtension.class)
class SitemapResourceTest {

    private static final Instant T = Instant.parse("2022-02-07T09:00:00Z");
    private static final SiteLanguages ENGLISH_ONLY = SiteLanguages.parse("en");

    @Mock
    private ListPublishedPostsUseCase listPosts;
    @Mock
    private ListPartnerCitiesUseCase listCities;
    @Mock
    private ListPublishedPagesUseCase listPages;

    @Test
    void lists_each_topic_that_a_published_post_is_filed_under_once() throws Exception {
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        PageRequest first = new PageRequest(1, 100);
        when(listPosts.listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, first))).thenReturn(new Page<>(List.of(
                new PublishedPost(PostFixtures.aPublishedPost("one", T), List.of(), List.of(housing, poverty), 0),
                new PublishedPost(PostFixtures.aPublishedPost("two", T.minusSeconds(60)), List.of(), List.of(housing), 0),
                new PublishedPost(PostFixtures.aPublishedPost("three", T.minusSeconds(120)), List.of(), List.of(), 0)),
                first, 3));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));

        Representation sitemap = (Representation) new SitemapResource(listPosts, listCities, listPages, ENGLISH_ONLY).sitemap(uri).getEntity();

        String xml = new String(sitemap.body(), StandardCharsets.UTF_8);
        assertEquals(1, xml.split("<loc>https://news.example.org/topics/housing</loc>", -1).length - 1, xml);
        assertTrue(xml.contains("<loc>https://news.example.org/topics/poverty</loc>"), xml);
        assertTrue(xml.contains("<loc>https://news.example.org/posts/three</loc>"), xml);
        assertEquals(2 + 3 + 2 + 1, xml.split("<url>", -1).length - 1,
                "home, cities, three posts, two topics and the events");
        assertFalse(xml.contains("/pages/"), xml);
    }

    @Test
    void lists_the_published_pages_with_the_day_they_last_changed() throws Exception {
        when(listPosts.listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, new PageRequest(1, 100))))
                .thenReturn(new Page<>(List.of(), new PageRequest(1, 100), 0));
        when(listPages.listPublishedPages()).thenReturn(List.of(SitePageFixtures.aPublishedPage("about", "About")));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));

        Representation sitemap = (Representation) new SitemapResource(listPosts, listCities, listPages, ENGLISH_ONLY).sitemap(uri)
                .getEntity();

        String xml = new String(sitemap.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<url><loc>https://news.example.org/pages/about</loc><lastmod>2024-03-01</lastmod></url>"),
                xml);
        assertEquals(4, xml.split("<url>", -1).length - 1, "home, cities, the page and the events");
        assertFalse(xml.contains("/topics/</loc>"));
    }

    @Test
    void lists_the_events_and_each_published_event_with_the_day_it_last_changed() throws Exception {
        when(listPosts.listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, new PageRequest(1, 100))))
                .thenReturn(new Page<>(List.of(), new PageRequest(1, 100), 0));
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        ListEventsUseCase listEvents = query -> new Page<>(List.of(new ListedEvent(roundtable, Optional.empty(), true)),
                query.page(), 1);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));

        Representation sitemap = (Representation) new SitemapResource(listPosts, listCities, listPages, listEvents, ENGLISH_ONLY)
                .sitemap(uri).getEntity();

        String xml = new String(sitemap.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<url><loc>https://news.example.org/events</loc></url>"), xml);
        assertTrue(xml.contains("<url><loc>https://news.example.org/events/roundtable-extreme-poverty</loc>"
                + "<lastmod>2020-12-01</lastmod></url>"), xml);
    }

    @Test
    void lists_every_page_in_each_of_its_languages_with_its_alternates() throws Exception {
        Post happy = PostFixtures.aPublishedPost("happy-new-year", T);
        Post bonne = happy.translate(PostId.generate(), PostFixtures.FRENCH, new Slug("bonne-annee"),
                PostFixtures.someContent(), "Équipe", T);
        bonne.publish(T);
        when(listPosts.listPublishedPosts(any())).thenAnswer(call -> {
            ListPublishedPostsQuery query = call.getArgument(0);
            List<PublishedPost> posts = switch (query.language().code()) {
                case "en" -> List.of(new PublishedPost(happy, List.of(), List.of(), 0, null,
                        List.of(PublishedTranslation.of(bonne))));
                case "fr" -> List.of(new PublishedPost(bonne, List.of(), List.of(), 0, null,
                        List.of(PublishedTranslation.of(happy))));
                default -> List.of();
            };
            return new Page<>(posts, query.page(), posts.size());
        });
        SitePage about = SitePageFixtures.aPublishedPage("about", "About");
        SitePage propos = SitePageFixtures.aPublishedTranslationInMenu(about, PostFixtures.FRENCH, "a-propos", "À propos", 1);
        when(listPages.listPublishedPages()).thenReturn(List.of(about, propos));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));

        Representation sitemap = (Representation) new SitemapResource(listPosts, listCities, listPages,
                SiteLanguages.parse("en,fr,de")).sitemap(uri).getEntity();

        String xml = new String(sitemap.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""), xml);
        String french = "<url><loc>https://news.example.org/fr/posts/bonne-annee</loc><lastmod>2022-02-07</lastmod>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example.org/posts/happy-new-year\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://news.example.org/fr/posts/bonne-annee\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/posts/happy-new-year\"/>"
                + "</url>";
        assertTrue(xml.contains(french), xml);
        assertFalse(xml.contains("/de/posts/"), "no German translation, no German address");
        assertTrue(xml.contains("<loc>https://news.example.org/fr/pages/a-propos</loc>"), xml);
        assertTrue(xml.contains("<url><loc>https://news.example.org/de/</loc>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example.org/\"/>"), xml);
        assertTrue(xml.contains("<loc>https://news.example.org/de/cities</loc>"), xml);
        assertEquals(3 * 3 + 2 + 2, xml.split("<url>", -1).length - 1,
                "home, cities and events in three languages, two posts, two pages");
    }
}
