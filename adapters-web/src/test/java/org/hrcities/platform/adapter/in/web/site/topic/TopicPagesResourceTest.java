package org.hrcities.platform.adapter.in.web.site.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.cache.LocalRevisions;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.topic.ReadTopicQuery;
import org.hrcities.platform.application.port.in.topic.ReadTopicUseCase;
import org.hrcities.platform.application.port.in.topic.TopicProfile;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A topic's page and feed: one use-case call each, answered as a shared representation that the page store keeps. */
@ExtendWith(MockitoExtension.class)
class TopicPagesResourceTest {

    private static final Instant T = Instant.parse("2022-02-07T09:00:00Z");

    @Mock
    private ReadTopicUseCase readTopic;

    private final Topic housing = TopicFixtures.housing();
    private final Post post = PostFixtures.aPublishedPost("housing-first", T);

    private TopicPagesResource resource() {
        return new TopicPagesResource(readTopic, new VisitorTemplates(language -> List.of()));
    }

    private static UriInfo site() {
        UriInfo request = mock(UriInfo.class);
        lenient().when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));
        return request;
    }

    private static Answer answer(Response response) {
        return new PageCache(new LocalRevisions()).answer((Representation) response.getEntity(), Set.of(),
                new Conditions(null, null, false));
    }

    private static String body(Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void answers_the_page_of_the_topic_asked_for_as_a_shared_page_revalidated_every_time() {
        PageRequest second = new PageRequest(2, 10);
        when(readTopic.readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, housing.slug(), second))).thenReturn(new TopicProfile(housing,
                new Page<>(List.of(new PublishedPost(post, List.of(), List.of(housing), 1)), second, 11)));

        Answer answer = answer(resource().topic("housing", "2", site()));

        assertEquals(200, answer.status());
        assertTrue(answer.headers().contains(new Header("Cache-Control", "public, no-cache")), answer.headers().toString());
        assertTrue(answer.headers().contains(new Header("Content-Type", "text/html;charset=UTF-8")));
        String html = body(answer);
        assertTrue(html.contains("<h1>Housing</h1>"), html);
        assertTrue(html.contains("Homes for everyone."), html);
        assertTrue(html.contains("href=\"/posts/housing-first\""), html);
        assertTrue(html.contains("1 comment"), html);
        assertTrue(html.contains("<a rel=\"prev\" href=\"/topics/housing\">"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://news.example.org/topics/housing?page=2\">"), html);
    }

    @Test
    void the_feed_holds_the_latest_twenty_posts_of_the_topic_with_absolute_addresses() {
        PageRequest latest = PageRequest.first(20);
        when(readTopic.readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, housing.slug(), latest))).thenReturn(new TopicProfile(housing,
                new Page<>(List.of(new PublishedPost(post, List.of(), List.of(housing), 0)), latest, 1)));

        Answer answer = answer(resource().feed("housing", site()));

        assertTrue(answer.headers().contains(new Header("Content-Type", "application/atom+xml;charset=UTF-8")));
        assertTrue(answer.headers().contains(new Header("Cache-Control", "public, max-age=60")), answer.headers().toString());
        String atom = body(answer);
        assertTrue(atom.contains("<title>Human Rights Cities Network: Housing</title>"), atom);
        assertTrue(atom.contains("<id>https://news.example.org/topics/housing</id>"), atom);
        assertTrue(atom.contains("href=\"https://news.example.org/topics/housing/feed.xml\""), atom);
        assertTrue(atom.contains("href=\"https://news.example.org/posts/housing-first\""), atom);
        assertEquals(1, atom.split("<entry>", -1).length - 1);
    }

    @Test
    void a_path_that_cannot_be_a_slug_names_no_topic() {
        assertThrows(NotFoundException.class, () -> resource().topic("NOT A SLUG", null, site()));
        assertThrows(NotFoundException.class, () -> resource().feed("..", site()));
        verify(readTopic, never()).readTopic(any());
    }

    @Test
    void reads_the_first_page_when_none_is_asked_for() {
        when(readTopic.readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, new Slug("housing"), PageRequest.first(10))))
                .thenReturn(new TopicProfile(housing, Page.empty(PageRequest.first(10))));

        String html = body(answer(resource().topic("housing", null, site())));

        assertFalse(html.contains("class=\"pager\""), html);
        assertTrue(html.contains("No posts about Housing yet."), html);
    }
}
