package org.hrcities.platform.adapter.in.web.api.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicQuery;
import org.hrcities.platform.application.port.in.topic.ReadTopicUseCase;
import org.hrcities.platform.application.port.in.topic.TopicProfile;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
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

/** The topics in the JSON API: the list, and one topic with a page of its posts. */
@ExtendWith(MockitoExtension.class)
class TopicsResourceTest {

    @Mock
    private ListTopicsUseCase listTopics;
    @Mock
    private ReadTopicUseCase readTopic;

    private static String json(Response response) {
        return new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
    }

    @Test
    void lists_every_topic_with_its_address() {
        Topic housing = TopicFixtures.housing();
        when(listTopics.listTopics()).thenReturn(List.of(housing));

        String json = json(new TopicsResource(listTopics, readTopic, SiteLanguages.parse("en,fr,de")).list());

        assertEquals("[{\"description\":\"Homes for everyone.\",\"id\":\"" + housing.id() + "\",\"name\":\"Housing\","
                + "\"slug\":\"housing\",\"url\":\"/api/topics/housing\"}]", json);
    }

    @Test
    void reads_a_topic_with_the_page_of_post_summaries_asked_for() {
        Topic housing = TopicFixtures.housing();
        PageRequest second = new PageRequest(2, 1);
        PublishedPost post = new PublishedPost(PostFixtures.aPublishedPost("housing-first",
                Instant.parse("2022-02-07T09:00:00Z")), List.of(PartnerCityFixtures.graz()), List.of(housing), 3);
        when(readTopic.readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, housing.slug(), second)))
                .thenReturn(new TopicProfile(housing, new Page<>(List.of(post), second, 2)));

        String json = json(new TopicsResource(listTopics, readTopic, SiteLanguages.parse("en,fr,de")).read("housing", "2", "1", null));

        assertTrue(json.startsWith("{\"posts\":[{"), json);
        assertTrue(json.contains("\"slug\":\"housing-first\""), json);
        assertTrue(json.contains("\"topics\":[{\"name\":\"Housing\",\"slug\":\"housing\",\"url\":\"/api/topics/housing\"}]"), json);
        assertTrue(json.contains("\"commentCount\":3"), json);
        assertTrue(json.contains("\"topic\":{\"description\":\"Homes for everyone.\""), json);
        assertTrue(json.endsWith("\"totalPosts\":2}"), json);
    }

    @Test
    void refuses_bad_paging_and_a_path_that_cannot_be_a_slug_before_any_use_case_runs() {
        TopicsResource resource = new TopicsResource(listTopics, readTopic, SiteLanguages.parse("en,fr,de"));
        assertEquals("per_page", assertThrows(InvalidRequestException.class,
                () -> resource.read("housing", "1", "101", null)).errors().get(0).field());
        assertThrows(NotFoundException.class, () -> resource.read("Not A Slug", null, null, null));
        verify(readTopic, never()).readTopic(any());
    }
}
