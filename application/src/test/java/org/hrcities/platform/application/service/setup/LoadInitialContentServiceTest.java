package org.hrcities.platform.application.service.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.application.port.in.setup.InitialMedia;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class LoadInitialContentServiceTest {

    @Mock
    private PartnerCityRepository cities;
    @Mock
    private TopicRepository topics;
    @Mock
    private PostRepository posts;
    @Mock
    private CommentRepository comments;
    @Mock
    private SitePageRepository pages;
    @Mock
    private MediaRepository media;
    @Mock
    private MediaContentPort mediaContent;
    @Mock
    private EventRepository events;
    private final RecordingTransactions transactions = new RecordingTransactions();

    @Test
    void stores_media_files_before_the_posts_they_lead_and_their_bytes_with_them() {
        byte[] png = org.hrcities.platform.domain.media.TestImages.png(4, 3);
        org.hrcities.platform.domain.media.MediaFile file = org.hrcities.platform.domain.media.MediaFile.upload(
                org.hrcities.platform.domain.media.MediaId.generate(), "banner.png", png, "", Instant.parse("2021-01-04T08:00:00Z"));
        Post post = PostFixtures.aPublishedPost("welcome", Instant.parse("2021-01-04T09:00:00Z"), List.of());
        post.feature(new org.hrcities.platform.domain.media.FeaturedImage(file.id(), "A banner"));

        assertTrue(service().loadIfEmpty(new InitialContent(List.of(), List.of(), List.of(post), List.of(), List.of(),
                List.of(new InitialMedia(file, png)))));

        InOrder order = inOrder(media, posts, mediaContent);
        order.verify(media).save(file);
        order.verify(posts).save(post);
        order.verify(mediaContent).store(file.id(), png);
        assertThrows(IllegalArgumentException.class, () -> new InitialMedia(file, new byte[] {1, 2}));
    }

    @Test
    void stores_cities_then_posts_then_comments_into_an_empty_site() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Post post = PostFixtures.aPublishedPost("welcome", Instant.parse("2021-01-04T09:00:00Z"), List.of(graz.id()));
        Comment comment = CommentFixtures.anApprovedComment(post, Instant.parse("2021-01-05T09:00:00Z"));

        boolean loaded = service().loadIfEmpty(new InitialContent(List.of(graz), List.of(post), List.of(comment)));

        assertTrue(loaded);
        InOrder order = inOrder(cities, posts, comments);
        order.verify(cities).save(graz);
        order.verify(posts).save(post);
        order.verify(comments).save(comment);
        assertTrue(transactions.started() == 1);
    }

    @Test
    void stores_the_topics_before_the_posts_filed_under_them() {
        Topic housing = TopicFixtures.housing();
        Post post = PostFixtures.aPublishedPost("welcome", Instant.parse("2021-01-04T09:00:00Z"));
        post.fileUnder(List.of(housing.id()));

        assertTrue(service().loadIfEmpty(new InitialContent(List.of(), List.of(housing), List.of(post), List.of())));

        InOrder order = inOrder(topics, posts);
        order.verify(topics).save(housing);
        order.verify(posts).save(post);
    }

    @Test
    void stores_the_pages_with_the_rest() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0);

        assertTrue(service().loadIfEmpty(new InitialContent(List.of(), List.of(), List.of(), List.of(), List.of(about))));

        verify(pages).save(about);
        assertEquals(1, transactions.started());
    }

    @Test
    void stores_events_after_the_cities_and_posts_they_name() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Post post = PostFixtures.aPublishedPost("announcement", Instant.parse("2021-01-04T09:00:00Z"), List.of(graz.id()));
        EventDetails meeting = EventFixtures.meetingIn(graz.id(), "meeting-in-graz",
                java.time.LocalDateTime.parse("2021-02-01T10:00"), EventFixtures.BRUSSELS);
        Event event = EventFixtures.aPublished(new EventDetails(meeting.slug(), meeting.title(), meeting.description(),
                meeting.timing(), meeting.place(), null, List.of(graz.id()), List.of(post.id())));

        assertTrue(service().loadIfEmpty(new InitialContent(List.of(graz), List.of(), List.of(post), List.of(), List.of(),
                List.of(), List.of(event))));

        InOrder order = inOrder(cities, posts, events);
        order.verify(cities).save(graz);
        order.verify(posts).save(post);
        order.verify(events).save(event);
        assertEquals(1, transactions.started());
    }

    @Test
    void leaves_a_site_that_has_content_alone() {
        when(posts.count()).thenReturn(1L);
        boolean loaded = service().loadIfEmpty(new InitialContent(List.of(PartnerCityFixtures.graz()), List.of(), List.of()));
        assertFalse(loaded);
        verify(cities, never()).save(any());
    }

    @Test
    void a_site_filled_meanwhile_by_another_instance_is_left_to_it() {
        PartnerCity graz = PartnerCityFixtures.graz();
        when(cities.count()).thenReturn(0L, 1L);
        doThrow(new SlugAlreadyTakenException("partner city", graz.slug())).when(cities).save(graz);

        boolean loaded = service().loadIfEmpty(new InitialContent(List.of(graz), List.of(), List.of()));

        assertFalse(loaded, "the other instance loaded it");
    }

    @Test
    void a_taken_slug_in_a_site_still_empty_is_not_hidden() {
        PartnerCity graz = PartnerCityFixtures.graz();
        doThrow(new SlugAlreadyTakenException("partner city", graz.slug())).when(cities).save(graz);

        assertThrows(SlugAlreadyTakenException.class,
                () -> service().loadIfEmpty(new InitialContent(List.of(graz), List.of(), List.of())));
    }

    private LoadInitialContentService service() {
        return new LoadInitialContentService(cities, topics, posts, comments, pages, media, mediaContent, events,
                transactions);
    }
}
