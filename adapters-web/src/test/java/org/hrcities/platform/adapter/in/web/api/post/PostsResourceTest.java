package org.hrcities.platform.adapter.in.web.api.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.api.shared.TopicRefResponse;
import org.hrcities.platform.adapter.in.web.cache.LocalRevisions;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsUseCase;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PostsResourceTest {

    @Mock
    private ListPublishedPostsUseCase listPosts;
    @Mock
    private ReadPublishedPostUseCase readPost;
    @Mock
    private SearchPublishedPostsUseCase searchPosts;

    @Test
    void lists_a_page_with_totals_and_navigation_links() {
        PageRequest second = new PageRequest(2, 2);
        PublishedPost post = new PublishedPost(PostFixtures.aPublishedPost("one", Instant.parse("2021-01-04T09:00:00Z")),
                List.of(PartnerCityFixtures.graz()), List.of(), 4);
        when(listPosts.listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, second)))
                .thenReturn(new Page<>(List.of(post), second, 5));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUriBuilder()).thenAnswer(call -> UriBuilder.fromUri(URI.create("http://site/api/posts?page=2&per_page=2")));
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("page", "2");
        query.add("per_page", "2");
        when(uri.getQueryParameters()).thenReturn(query);

        Response response = new PostsResource(listPosts, readPost, searchPosts, SiteLanguages.parse("en,fr,de")).list("2", "2", null, null, null, null, null, uri);

        assertEquals(200, response.getStatus());
        assertEquals("5", response.getHeaderString("X-Total-Count"));
        assertEquals("3", response.getHeaderString("X-Total-Pages"));
        String link = response.getHeaderString("Link");
        assertEquals("<http://site/api/posts?page=1&per_page=2>; rel=\"first\", "
                + "<http://site/api/posts?page=1&per_page=2>; rel=\"prev\", "
                + "<http://site/api/posts?page=3&per_page=2>; rel=\"next\", "
                + "<http://site/api/posts?page=3&per_page=2>; rel=\"last\"", link);
        Answer answer = new PageCache(new LocalRevisions()).answer((Representation) response.getEntity(),
                Set.of(), new Conditions(null, null, false));
        assertTrue(answer.headers().contains(new Header("Content-Type", "application/json")), answer.headers().toString());
        assertTrue(answer.headers().contains(new Header("Cache-Control", "public, max-age=60")), answer.headers().toString());
        String json = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"slug\":\"one\""), json);
        assertTrue(json.contains("\"partnerCities\":[{\"name\":\"Graz\",\"slug\":\"graz\""), json);
        assertTrue(json.contains("\"commentCount\":4"), json);
    }

    @Test
    void a_post_names_its_topics_in_its_order_with_their_addresses_in_the_api() {
        Post post = PostFixtures.aPublishedPost("filed", Instant.parse("2021-01-04T09:00:00Z"));
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        post.fileUnder(List.of(poverty.id(), housing.id()));
        when(readPost.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug())))
                .thenReturn(new PostDetails(post, List.of(), List.of(poverty, housing), List.of()));

        Response response = new PostsResource(listPosts, readPost, searchPosts, SiteLanguages.parse("en,fr,de")).read("filed", null);

        String json = new String(((Representation) response.getEntity()).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"topics\":[{\"name\":\"Poverty\",\"slug\":\"poverty\",\"url\":\"/api/topics/poverty\"},"
                + "{\"name\":\"Housing\",\"slug\":\"housing\",\"url\":\"/api/topics/housing\"}]"), json);
    }

    @Test
    void a_post_in_a_list_names_its_topics() {
        Topic housing = TopicFixtures.housing();
        PublishedPost post = new PublishedPost(PostFixtures.aPublishedPost("one", Instant.parse("2021-01-04T09:00:00Z")),
                List.of(), List.of(housing), 0);

        PostSummaryResponse summary = PostSummaryResponse.from(post, SiteLanguages.parse("en,fr,de"));

        assertEquals(List.of(new TopicRefResponse("housing", "Housing", "/api/topics/housing")), summary.topics());
    }

    @Test
    void refuses_paging_beyond_a_hundred_per_page_before_any_use_case_runs() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new PostsResource(listPosts, readPost, searchPosts, SiteLanguages.parse("en,fr,de")).list("1", "101", null, null, null, null, null, mock(UriInfo.class)));
        assertEquals("per_page", e.errors().get(0).field());
        verify(listPosts, never()).listPublishedPosts(any());
    }

    @Test
    void searches_with_the_narrowing_values_and_answers_each_post_with_its_passage_in_segments() {
        PageRequest first = PageRequest.first(10);
        PublishedPost post = new PublishedPost(PostFixtures.aPublishedPost("found", Instant.parse("2021-01-04T09:00:00Z")),
                List.of(), List.of(), 0);
        org.hrcities.platform.domain.search.Snippet snippet = new org.hrcities.platform.domain.search.Snippet(List.of(
                new org.hrcities.platform.domain.search.Snippet.Segment("Two <b>", false),
                new org.hrcities.platform.domain.search.Snippet.Segment("cities", true)));
        org.hrcities.platform.application.port.in.post.SearchPublishedPostsQuery asked =
                org.hrcities.platform.application.port.in.post.SearchPublishedPostsQuery.of("city {x}", "graz", "housing", "fr",
                        first);
        when(searchPosts.searchPublishedPosts(asked)).thenReturn(new Page<>(List.of(
                new org.hrcities.platform.application.port.in.post.FoundPost(post, snippet)), first, 1));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUriBuilder()).thenAnswer(call -> UriBuilder.fromUri(URI.create("http://site/api/posts")));
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("q", "city {x}");
        when(uri.getQueryParameters()).thenReturn(query);

        Response response = new PostsResource(listPosts, readPost, searchPosts, SiteLanguages.parse("en,fr,de")).list(null, null, "city {x}", "graz", "housing",
                "fr", null, uri);

        assertEquals(200, response.getStatus());
        assertTrue(response.getHeaderString("Link").contains("q=city+%7Bx%7D") || response.getHeaderString("Link")
                .contains("q=city%20%7Bx%7D"), response.getHeaderString("Link"));
        Answer answer = new PageCache(new LocalRevisions()).answer((Representation) response.getEntity(),
                Set.of(), new Conditions(null, null, false));
        String json = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"snippet\":[{\"match\":false,\"text\":\"Two <b>\"},{\"match\":true,\"text\":\"cities\"}]")
                || json.contains("\"snippet\":[{\"text\":\"Two <b>\",\"match\":false},{\"text\":\"cities\",\"match\":true}]"),
                json);
    }

    @Test
    void refuses_a_topic_or_a_language_without_a_search() {
        assertThrows(org.hrcities.platform.adapter.in.web.error.InvalidRequestException.class,
                () -> new PostsResource(listPosts, readPost, searchPosts, SiteLanguages.parse("en,fr,de")).list(null, null, null, null, "housing", null, null,
                        mock(UriInfo.class)));
    }

    @Test
    void answers_in_the_language_asked_with_each_post_s_language_and_translations() {
        Post happy = PostFixtures.aPublishedPost("happy-new-year", Instant.parse("2021-01-04T09:00:00Z"));
        Post bonne = happy.translate(org.hrcities.platform.domain.post.PostId.generate(), PostFixtures.FRENCH,
                new org.hrcities.platform.domain.shared.Slug("bonne-annee"), PostFixtures.someContent(), "Équipe",
                Instant.parse("2021-01-04T09:00:00Z"));
        bonne.publish(Instant.parse("2021-01-04T10:00:00Z"));
        PageRequest first = PageRequest.first(10);
        when(listPosts.listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.FRENCH, first))).thenReturn(new Page<>(
                List.of(new PublishedPost(bonne, List.of(), List.of(), 0, null,
                        List.of(org.hrcities.platform.application.port.in.post.PublishedTranslation.of(happy)))), first, 1));
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUriBuilder()).thenAnswer(call -> UriBuilder.fromUri(URI.create("http://site/api/posts?lang=fr")));
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("lang", "fr");
        when(uri.getQueryParameters()).thenReturn(query);

        Response response = new PostsResource(listPosts, readPost, searchPosts, SiteLanguages.parse("en,fr,de"))
                .list(null, null, null, null, null, null, "FR", uri);

        String json = new String(((Representation) response.getEntity()).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"language\":\"fr\""), json);
        assertTrue(json.contains("\"url\":\"/api/posts/bonne-annee?lang=fr\""), json);
        assertTrue(json.contains("\"translations\":[{\"language\":\"en\",\"slug\":\"happy-new-year\",\"title\":\""
                + happy.title() + "\",\"url\":\"/api/posts/happy-new-year\"}]"), json);

        org.hrcities.platform.domain.shared.InvalidValueException refused = assertThrows(
                org.hrcities.platform.domain.shared.InvalidValueException.class,
                () -> new PostsResource(listPosts, readPost, searchPosts, SiteLanguages.parse("en,fr,de"))
                        .list(null, null, null, null, null, null, "es", uri));
        assertEquals("lang", refused.field());
        assertEquals("the site is not written in \"es\"; its languages are en, fr, de", refused.getMessage());
    }
}
