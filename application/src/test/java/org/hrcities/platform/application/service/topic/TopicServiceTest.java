package org.hrcities.platform.application.service.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.topic.ReadTopicQuery;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.application.port.in.topic.TopicProfile;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class TopicServiceTest {

    private static final Instant T = Instant.parse("2021-01-04T09:00:00Z");

    @Mock
    private TopicRepository topics;
    @Mock
    private PostRepository posts;
    @Mock
    private CommentRepository comments;
    @Mock
    private PartnerCityRepository cities;
    @Mock
    private MediaRepository media;
    private final RecordingTransactions transactions = new RecordingTransactions();

    @Test
    void lists_the_posts_filed_under_a_topic_with_their_cities_topics_and_comment_counts() {
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        PartnerCity graz = PartnerCityFixtures.graz();
        Post post = PostFixtures.aPublishedPost("housing-first", T, List.of(graz.id()));
        post.fileUnder(List.of(poverty.id(), housing.id()));
        PageRequest page = PageRequest.first(5);
        when(topics.findBySlug(housing.slug())).thenReturn(Optional.of(housing));
        when(posts.findPublishedByTopic(PostFixtures.ENGLISH, housing.id(), page)).thenReturn(new Page<>(List.of(post), page, 1));
        when(comments.countApprovedByPost(List.of(post.id()))).thenReturn(Map.of(post.id(), 2L));
        when(cities.findAllById(List.of(graz.id()))).thenReturn(List.of(graz));
        when(topics.findAllById(List.of(poverty.id(), housing.id()))).thenReturn(List.of(poverty, housing));

        TopicProfile profile = service().readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, housing.slug(), page));

        assertEquals(housing, profile.topic());
        assertEquals(1, profile.posts().totalItems());
        PublishedPost listed = profile.posts().items().get(0);
        assertEquals(post, listed.post());
        assertEquals(List.of(graz), listed.partnerCities());
        assertEquals(List.of(poverty, housing), listed.topics());
        assertEquals(2, listed.approvedComments());
        assertEquals(1, transactions.started(), "one transaction for the topic and its posts");
    }

    @Test
    void a_topic_without_posts_has_an_empty_page() {
        Topic housing = TopicFixtures.housing();
        PageRequest page = PageRequest.first(5);
        when(topics.findBySlug(housing.slug())).thenReturn(Optional.of(housing));
        when(posts.findPublishedByTopic(PostFixtures.ENGLISH, housing.id(), page)).thenReturn(Page.empty(page));

        TopicProfile profile = service().readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, housing.slug(), page));

        assertEquals(List.of(), profile.posts().items());
    }

    @Test
    void an_unknown_topic_is_not_found() {
        Slug atlantis = new Slug("atlantis");
        when(topics.findBySlug(atlantis)).thenReturn(Optional.empty());

        TopicNotFoundException e = assertThrows(TopicNotFoundException.class,
                () -> service().readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, atlantis, PageRequest.first(5))));

        assertEquals("no topic has the slug \"atlantis\"", e.getMessage());
    }

    @Test
    void lists_every_topic_by_name_as_stored() {
        List<Topic> all = List.of(TopicFixtures.housing(), TopicFixtures.aTopic("poverty", "Poverty"));
        when(topics.findAll()).thenReturn(all);

        assertEquals(all, service().listTopics());
        assertEquals(1, transactions.started());
    }

    private TopicService service() {
        return new TopicService(topics, posts, comments, cities, media, transactions);
    }
}
