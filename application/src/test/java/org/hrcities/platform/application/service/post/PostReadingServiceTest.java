package org.hrcities.platform.application.service.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.PostMovedException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.hrcities.platform.domain.topic.TopicId;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.post.FoundPost;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsQuery;
import org.hrcities.platform.application.port.out.PostSearchHit;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.PostSearchQuery;
import org.hrcities.platform.domain.search.Snippet;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PostReadingServiceTest {

    private static final Instant T = Instant.parse("2021-01-04T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Mock
    private PostRepository posts;
    @Mock
    private PostSearchPort search;
    @Mock
    private CommentRepository comments;
    @Mock
    private PartnerCityRepository cities;
    @Mock
    private TopicRepository topics;
    @Mock
    private MediaRepository media;
    @Mock
    private DiscussionSettingsRepository settings;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private PostReadingService service;

    @BeforeEach
    void setUp() {
        org.mockito.Mockito.lenient().when(settings.load()).thenReturn(DiscussionSettings.defaults());
        service = new PostReadingService(posts, search, comments, cities, topics, media, settings, transactions, () -> NOW);
    }

    @Test
    void reports_comments_closed_on_a_post_older_than_the_days_they_stay_open() {
        service = new PostReadingService(posts, search, comments, cities, topics, media, settings, transactions,
                () -> T.plus(Duration.ofDays(30)));
        Post post = PostFixtures.aPublishedPost("old-news", T);
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        assertTrue(service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug())).acceptsComments());

        when(settings.load()).thenReturn(new DiscussionSettings(true, 14, false, 2, List.of(), List.of(), 15, 2, 1));
        PostDetails details = service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug()));
        assertFalse(details.acceptsComments());
        assertTrue(details.post().commentsOpen(), "the post itself keeps its comments open");

        when(settings.load()).thenReturn(new DiscussionSettings(true, 30, false, 2, List.of(), List.of(), 15, 2, 1));
        assertTrue(service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug())).acceptsComments(), "30 days exactly");
    }

    @Test
    void lists_published_posts_with_their_cities_and_approved_comment_counts() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        Post aboutBoth = PostFixtures.aPublishedPost("about-both", T, List.of(york.id(), graz.id()));
        Post aboutNone = PostFixtures.aPublishedPost("about-none", T.minusSeconds(60));
        PageRequest request = PageRequest.first(10);
        when(posts.findPublished(PostFixtures.ENGLISH, request)).thenReturn(new Page<>(List.of(aboutBoth, aboutNone), request, 2));
        when(comments.countApprovedByPost(List.of(aboutBoth.id(), aboutNone.id())))
                .thenReturn(Map.of(aboutBoth.id(), 3L, aboutNone.id(), 0L));
        when(cities.findAllById(anyCollection())).thenReturn(List.of(graz, york));

        Page<PublishedPost> page = service.listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, request));

        assertEquals(2, page.totalItems());
        assertEquals(List.of(york, graz), page.items().get(0).partnerCities(), "cities in the post's order");
        assertEquals(3, page.items().get(0).approvedComments());
        assertEquals(List.of(), page.items().get(1).partnerCities());
        assertEquals(0, page.items().get(1).approvedComments());
        assertEquals(1, transactions.started());
    }

    @Test
    void lists_each_post_with_its_topics_in_the_posts_order_leaving_out_those_that_no_longer_exist() {
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        TopicId gone = TopicId.generate();
        Post filed = PostFixtures.aPublishedPost("filed", T);
        filed.fileUnder(List.of(poverty.id(), gone, housing.id()));
        Post alsoHousing = PostFixtures.aPublishedPost("also-housing", T.minusSeconds(60));
        alsoHousing.fileUnder(List.of(housing.id()));
        PageRequest request = PageRequest.first(10);
        when(posts.findPublished(PostFixtures.ENGLISH, request)).thenReturn(new Page<>(List.of(filed, alsoHousing), request, 2));
        when(topics.findAllById(List.of(poverty.id(), gone, housing.id()))).thenReturn(List.of(poverty, housing));

        Page<PublishedPost> page = service.listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, request));

        assertEquals(List.of(poverty, housing), page.items().get(0).topics());
        assertEquals(List.of(housing), page.items().get(1).topics());
        assertEquals(1, transactions.started());
    }

    @Test
    void reads_a_published_post_with_its_topics_in_its_order() {
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        Post post = PostFixtures.aPublishedPost();
        post.fileUnder(List.of(poverty.id(), housing.id()));
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        when(topics.findAllById(List.of(poverty.id(), housing.id()))).thenReturn(List.of(poverty, housing));

        PostDetails details = service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug()));

        assertEquals(List.of(poverty, housing), details.topics());
    }

    @Test
    void reads_a_published_post_with_its_approved_comments() {
        Post post = PostFixtures.aPublishedPost();
        Comment approved = CommentFixtures.anApprovedComment(post, T);
        when(posts.findBySlug(PostFixtures.ENGLISH, post.slug())).thenReturn(Optional.of(post));
        when(cities.findAllById(post.partnerCities())).thenReturn(List.of());
        when(comments.findApprovedByPost(post.id())).thenReturn(List.of(approved));

        PostDetails details = service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, post.slug()));

        assertEquals(post, details.post());
        assertEquals(List.of(approved), details.approvedComments());
    }

    @Test
    void does_not_show_drafts_to_visitors() {
        Post draft = PostFixtures.aDraftPost();
        when(posts.findBySlug(PostFixtures.ENGLISH, draft.slug())).thenReturn(Optional.of(draft));
        assertThrows(PostNotFoundException.class, () -> service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, draft.slug())));
    }

    @Test
    void shows_a_scheduled_post_whose_time_has_come_before_the_scheduler_publishes_it() {
        Post due = PostFixtures.aScheduledPost("due-now", NOW);
        when(posts.findBySlug(PostFixtures.ENGLISH, due.slug())).thenReturn(Optional.of(due));
        when(cities.findAllById(due.partnerCities())).thenReturn(List.of());
        when(comments.findApprovedByPost(due.id())).thenReturn(List.of());

        assertEquals(due, service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, due.slug())).post());
    }

    @Test
    void does_not_show_a_scheduled_post_before_its_time() {
        Post later = PostFixtures.aScheduledPost("later", NOW.plusSeconds(1));
        when(posts.findBySlug(PostFixtures.ENGLISH, later.slug())).thenReturn(Optional.of(later));
        assertThrows(PostNotFoundException.class, () -> service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, later.slug())));
    }

    @Test
    void a_former_slug_of_a_published_post_says_where_the_post_moved() {
        Post moved = PostFixtures.aPublishedPost("new-address", T);
        Slug old = new Slug("old-address");
        when(posts.findBySlug(PostFixtures.ENGLISH, old)).thenReturn(Optional.empty());
        when(posts.findByFormerSlug(PostFixtures.ENGLISH, old)).thenReturn(Optional.of(moved));

        PostMovedException e = assertThrows(PostMovedException.class,
                () -> service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, old)));

        assertEquals(new Slug("new-address"), e.currentSlug());
        assertEquals(old, e.formerSlug());
        assertEquals(1, transactions.started());
    }

    @Test
    void a_former_slug_of_a_withdrawn_post_is_simply_not_found() {
        Post withdrawn = PostFixtures.aDraftPost();
        Slug old = new Slug("old-address");
        when(posts.findBySlug(PostFixtures.ENGLISH, old)).thenReturn(Optional.empty());
        when(posts.findByFormerSlug(PostFixtures.ENGLISH, old)).thenReturn(Optional.of(withdrawn));

        PostNotFoundException e = assertThrows(PostNotFoundException.class,
                () -> service.readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, old)));
        assertFalse(e instanceof PostMovedException, "no redirect to a post readers cannot read");
    }

    @Test
    void searches_nothing_when_the_text_holds_nothing_to_search() {
        Page<FoundPost> found = service.searchPublishedPosts(new SearchPublishedPostsQuery("&|!():* \"\"", PageRequest.first(10)));

        assertEquals(0, found.totalItems());
        org.mockito.Mockito.verifyNoInteractions(search, posts);
    }

    @Test
    void refuses_a_search_narrowed_to_a_partner_city_that_does_not_exist() {
        when(cities.findBySlug(new org.hrcities.platform.domain.shared.Slug("atlantis"))).thenReturn(Optional.empty());

        org.junit.jupiter.api.Assertions.assertThrows(PartnerCityNotFoundException.class, () -> service.searchPublishedPosts(
                SearchPublishedPostsQuery.of("housing", "atlantis", null, null, PageRequest.first(10))));
        org.mockito.Mockito.verifyNoInteractions(search);
    }

    @Test
    void leaves_out_a_hit_whose_post_is_gone_and_keeps_each_snippet_with_its_post() {
        Post kept = PostFixtures.aPublishedPost("kept", T);
        Post gone = PostFixtures.aPublishedPost("gone", T);
        Snippet snippet = new Snippet(java.util.List.of(new Snippet.Segment("housing", true)));
        when(search.search(org.mockito.ArgumentMatchers.any(PostSearchQuery.class))).thenReturn(new Page<>(java.util.List.of(
                new PostSearchHit(gone.id(), Snippet.NONE), new PostSearchHit(kept.id(), snippet)), PageRequest.first(10), 2));
        when(posts.findById(gone.id())).thenReturn(Optional.empty());
        when(posts.findById(kept.id())).thenReturn(Optional.of(kept));

        Page<FoundPost> found = service.searchPublishedPosts(new SearchPublishedPostsQuery("housing", PageRequest.first(10)));

        assertEquals(1, found.items().size());
        assertEquals(kept.id(), found.items().get(0).post().post().id());
        assertEquals(snippet, found.items().get(0).snippet());
    }
}
