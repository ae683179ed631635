package org.hrcities.platform.application.service.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.TranslatePostCommand;
import org.hrcities.platform.application.port.in.authoring.TranslationSummary;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.media.TestImages;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStateException;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.post.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicFixtures;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Saving a post with the step after it. The post repository is a mock answered from the posts the
 * test stored and the service saved ({@link StubbedPosts}); what the tests check is what the service
 * saves, in one transaction, and that nothing is saved when a rule refuses the change. That a
 * refusal after a first write leaves nothing stored is {@link org.hrcities.platform.application.port.out.SavePostTransactionContract}'s, on every storage adapter.
 */
@ExtendWith(MockitoExtension.class)
class SavePostServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Mock
    private PostRepository posts;
    @Mock
    private PartnerCityRepository cities;
    @Mock
    private TopicRepository topics;
    @Mock
    private MediaRepository media;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private StubbedPosts store;
    private SavePostService service;

    @BeforeEach
    void setUp() {
        store = new StubbedPosts(posts);
        service = new SavePostService(posts, cities, topics, media, transactions, () -> NOW, SiteLanguages.parse("en,fr,de"));
    }

    private static PostInput input(String title, String slug, List<PartnerCityId> cities) {
        return new PostInput(title, "Short.", "The body.", slug, cities, true, "Anna Editor");
    }

    private PostForEditing saveNew(PostInput input) {
        return service.savePost(SavePostCommand.newPost(input, AfterSaving.keepStatus()));
    }

    private PostForEditing saveStored(Post post, long version, PostInput input, AfterSaving then) {
        return service.savePost(SavePostCommand.storedPost(post.id(), version, input, then));
    }

    // a new post

    @Test
    void creates_a_draft_now_with_the_slug_derived_from_the_title() {
        PostForEditing created = saveNew(input("Housing First!", null, List.of()));

        Post post = created.post();
        assertEquals(PostStatus.DRAFT, post.status());
        assertEquals(new Slug("housing-first"), post.slug());
        assertEquals("Anna Editor", post.authorName());
        assertEquals(NOW, post.updatedAt());
        assertEquals(1, created.version());
        assertEquals(1, transactions.started());
    }

    @Test
    void puts_a_kept_image_at_the_head_of_the_post_and_takes_it_away_again() {
        MediaFile image = MediaFile.upload(MediaId.generate(), "graz.png", TestImages.png(8, 6), "", NOW);
        when(media.findById(image.id())).thenReturn(Optional.of(image));
        PostInput base = input("Graz joins", null, List.of());
        PostInput featured = new PostInput(base.title(), base.excerpt(), base.body(), null, List.of(), List.of(), true,
                base.authorName(), new FeaturedImage(image.id(), "The city hall of Graz"));

        PostForEditing created = saveNew(featured);
        assertEquals(new FeaturedImage(image.id(), "The city hall of Graz"), created.post().featuredImage().orElseThrow());
        assertEquals(image, created.featuredImage());

        PostForEditing cleared = saveStored(created.post(), created.version(), base, AfterSaving.keepStatus());
        assertTrue(cleared.post().featuredImage().isEmpty());
        assertEquals(null, cleared.featuredImage());
    }

    @Test
    void refuses_a_featured_image_that_names_no_kept_file() {
        PostInput base = input("Graz joins", null, List.of());
        PostInput featured = new PostInput(base.title(), base.excerpt(), base.body(), null, List.of(), List.of(), true,
                base.authorName(), new FeaturedImage(MediaId.generate(), "Gone"));
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> saveNew(featured));
        assertEquals("featuredImage", refused.field());
        verify(posts, never()).save(any());
    }

    @Test
    void numbers_a_derived_slug_past_the_slugs_in_use_current_or_former() {
        store.given(PostFixtures.aPublishedPost("housing-first", NOW));
        Post moved = PostFixtures.aPublishedPost("housing-first-2", NOW);
        moved.changeSlug(new Slug("elsewhere"));
        store.given(moved);

        Post created = saveNew(input("Housing first", null, List.of())).post();

        assertEquals(new Slug("housing-first-3"), created.slug());
    }

    @Test
    void refuses_a_slug_given_that_another_post_has() {
        store.given(PostFixtures.aPublishedPost("taken", NOW));
        assertThrows(SlugAlreadyTakenException.class, () -> saveNew(input("Title", "taken", List.of())));
        verify(posts, never()).save(any());
    }

    @Test
    void takes_over_a_slug_that_another_post_had_before_and_drops_that_redirect() {
        Post moved = PostFixtures.aPublishedPost("wanted", NOW);
        moved.changeSlug(new Slug("moved-away"));
        store.given(moved);

        Post created = saveNew(input("Title", "wanted", List.of())).post();

        assertEquals(new Slug("wanted"), created.slug());
        assertEquals(Set.of(), store.stored.get(moved.id()).formerSlugs(), "the old redirect goes");
        assertEquals(2, store.stored.get(moved.id()).version(), "the other post was saved as changed");
        assertEquals(1, transactions.started(), "both in one transaction");
    }

    @Test
    void refuses_tags_of_unknown_cities_and_keeps_the_order_of_known_ones() {
        PartnerCity graz = PartnerCityFixtures.graz();
        PartnerCity york = PartnerCityFixtures.york();
        PartnerCityId unknown = PartnerCityId.generate();
        when(cities.findAllById(List.of(york.id(), unknown))).thenReturn(List.of(york));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> saveNew(input("Title", null, List.of(york.id(), unknown))));
        assertEquals("partnerCities", e.field());
        verify(posts, never()).save(any());

        when(cities.findAllById(List.of(york.id(), graz.id()))).thenReturn(List.of(york, graz));
        PostForEditing created = saveNew(input("Title", null, List.of(york.id(), graz.id())));
        assertEquals(List.of(york.id(), graz.id()), created.post().partnerCities());
        assertEquals(List.of(york, graz), created.partnerCities());
    }

    @Test
    void files_a_new_post_under_the_topics_named_by_their_slugs_in_their_order() {
        Topic housing = TopicFixtures.housing();
        Topic poverty = TopicFixtures.aTopic("poverty", "Poverty");
        when(topics.findBySlug(poverty.slug())).thenReturn(Optional.of(poverty));
        when(topics.findBySlug(housing.slug())).thenReturn(Optional.of(housing));
        when(topics.findAllById(List.of(poverty.id(), housing.id()))).thenReturn(List.of(poverty, housing));

        PostForEditing created = saveNew(new PostInput("Title", "", "The body.", null, List.of(),
                List.of(poverty.slug(), housing.slug()), true, "Anna Editor"));

        assertEquals(List.of(poverty.id(), housing.id()), store.saved.get(0).topics());
        assertEquals(List.of(poverty, housing), created.topics(), "the editor sees the topics in their order");
    }

    @Test
    void refuses_a_topic_slug_that_names_no_topic_and_saves_nothing() {
        when(topics.findBySlug(new Slug("atlantis"))).thenReturn(Optional.empty());

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> saveNew(new PostInput("Title", "",
                "The body.", null, List.of(), List.of(new Slug("atlantis")), true, "Anna Editor")));

        assertEquals("topics", e.field());
        assertTrue(e.getMessage().contains("\"atlantis\""), e.getMessage());
        verify(posts, never()).save(any());
    }

    @Test
    void an_edit_files_the_post_under_the_topics_given_and_under_none_when_none_are() {
        Topic housing = TopicFixtures.housing();
        Post post = PostFixtures.aPublishedPost("filed", NOW.minusSeconds(3600));
        post.fileUnder(List.of(TopicId.generate()));
        store.given(post);
        when(topics.findBySlug(housing.slug())).thenReturn(Optional.of(housing));

        Post refiled = saveStored(post, 1, new PostInput("Filed", "", "The body.", null, List.of(), List.of(housing.slug()),
                true, "Anna Editor"), AfterSaving.keepStatus()).post();
        assertEquals(List.of(housing.id()), refiled.topics());

        Post unfiled = saveStored(refiled, 2, input("Filed", null, List.of()), AfterSaving.keepStatus()).post();
        assertEquals(List.of(), unfiled.topics());
    }

    @Test
    void saves_and_publishes_a_new_post_with_one_write() {
        PostForEditing published = service.savePost(SavePostCommand.newPost(input("Out now", null, List.of()),
                AfterSaving.publishNow()));

        assertEquals(PostStatus.PUBLISHED, published.post().status());
        assertEquals(Optional.of(NOW), published.post().publishedAt());
        assertEquals(1, published.version(), "stored once, already published");
        assertEquals(1, store.saved.size());
        assertEquals(1, transactions.started());
    }

    @Test
    void saves_nothing_of_a_new_post_that_cannot_be_published() {
        PostInput withoutBody = new PostInput("No body yet", "", "", null, List.of(), true, "Anna Editor");
        assertThrows(PostStateException.class,
                () -> service.savePost(SavePostCommand.newPost(withoutBody, AfterSaving.publishNow())));
        verify(posts, never()).save(any());
    }

    // a stored post

    @Test
    void an_edit_of_a_stale_copy_is_refused_and_changes_nothing() {
        Post post = store.given(PostFixtures.aDraftPost());
        store.stored.put(post.id(), StubbedPosts.copy(post, 2));

        assertThrows(ConcurrentUpdateException.class,
                () -> saveStored(post, 1, input("Mine", null, List.of()), AfterSaving.publishNow()));
        verify(posts, never()).save(any());
    }

    @Test
    void a_new_slug_of_a_published_post_keeps_the_old_one_leading_to_it() {
        Post post = store.given(PostFixtures.aPublishedPost("old-address", NOW.minusSeconds(3600)));

        PostForEditing edited = saveStored(post, 1, input("New title", "new-address", List.of()), AfterSaving.keepStatus());

        assertEquals(new Slug("new-address"), edited.post().slug());
        assertEquals(Set.of(new Slug("old-address")), edited.post().formerSlugs());
        assertEquals("New title", edited.post().title());
        assertEquals(PostStatus.PUBLISHED, edited.post().status(), "saving keeps the status");
        assertEquals(NOW, edited.post().updatedAt());
        assertEquals(2, edited.version());
    }

    @Test
    void an_edit_without_a_slug_keeps_the_slug() {
        Post post = store.given(PostFixtures.aPublishedPost("stays", NOW.minusSeconds(3600)));
        Post edited = saveStored(post, 1, input("Another title", " ", List.of()), AfterSaving.keepStatus()).post();
        assertEquals(new Slug("stays"), edited.slug());
        assertEquals(Set.of(), edited.formerSlugs());
    }

    @Test
    void an_edit_to_another_posts_slug_is_refused() {
        store.given(PostFixtures.aPublishedPost("theirs", NOW));
        Post mine = store.given(PostFixtures.aPublishedPost("mine", NOW));
        assertThrows(SlugAlreadyTakenException.class,
                () -> saveStored(mine, 1, input("Title", "theirs", List.of()), AfterSaving.keepStatus()));
        verify(posts, never()).save(any());
    }

    @Test
    void editing_an_unknown_post_says_so() {
        PostId id = PostId.generate();
        assertEquals(id, assertThrows(PostNotFoundException.class, () -> service.savePost(
                SavePostCommand.storedPost(id, 1, input("Title", null, List.of()), AfterSaving.keepStatus()))).id());
    }

    @Test
    void saves_an_edit_and_publishes_the_post_with_one_write_in_one_transaction() {
        Post draft = store.given(PostFixtures.aDraftPost());

        PostForEditing published = saveStored(draft, 1, input("Ready", null, List.of()), AfterSaving.publishNow());

        assertEquals("Ready", published.post().title());
        assertEquals(PostStatus.PUBLISHED, published.post().status());
        assertEquals(Optional.of(NOW), published.post().publishedAt());
        assertEquals(2, published.version(), "one write: version 1 became 2");
        assertEquals(1, store.saved.size());
        assertEquals(1, transactions.started());
    }

    @Test
    void saves_an_edit_and_schedules_the_post_for_a_future_time_only() {
        Post draft = store.given(PostFixtures.aDraftPost());
        InvalidValueException past = assertThrows(InvalidValueException.class,
                () -> saveStored(draft, 1, input("Later", null, List.of()), AfterSaving.scheduleAt(NOW)));
        assertEquals("publishAt", past.field());
        verify(posts, never()).save(any());

        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        Post scheduled = saveStored(draft, 1, input("Later", null, List.of()), AfterSaving.scheduleAt(tomorrow)).post();
        assertEquals("Later", scheduled.title());
        assertEquals(PostStatus.SCHEDULED, scheduled.status());
        assertEquals(Optional.of(tomorrow), scheduled.publishedAt());
    }

    @Test
    void saves_an_edit_and_takes_a_published_post_back_to_draft_keeping_its_old_address() {
        Post post = store.given(PostFixtures.aPublishedPost("was-public", NOW.minusSeconds(60)));

        Post draft = saveStored(post, 1, input("Withdrawn", "withdrawn", List.of()), AfterSaving.unpublish()).post();

        assertEquals(PostStatus.DRAFT, draft.status());
        assertEquals(Optional.empty(), draft.publishedAt());
        assertEquals(new Slug("withdrawn"), draft.slug());
        assertEquals(Set.of(new Slug("was-public")), draft.formerSlugs(), "it was published when renamed");
        assertEquals(1, store.saved.size());
    }

    @Test
    void saves_nothing_when_the_step_after_saving_is_refused() {
        Post published = store.given(PostFixtures.aPublishedPost("live", NOW.minusSeconds(60)));
        Post draft = store.given(PostFixtures.aDraftPost());

        assertThrows(PostStateException.class,
                () -> saveStored(published, 1, input("Again", null, List.of()), AfterSaving.publishNow()));
        assertThrows(PostStateException.class,
                () -> saveStored(draft, 1, input("Not public", null, List.of()), AfterSaving.unpublish()));
        verify(posts, never()).save(any());
    }

    // languages and translations

    @Test
    void a_new_post_is_written_in_the_sites_default_language_unless_the_editor_chooses_another() {
        Post english = saveNew(input("Housing first", null, List.of())).post();
        Post french = service.savePost(SavePostCommand.newPost(PostFixtures.FRENCH, input("Le logement", null, List.of()),
                AfterSaving.keepStatus())).post();

        assertEquals(PostFixtures.ENGLISH, english.language());
        assertEquals(PostFixtures.FRENCH, french.language());
        assertEquals(english.id(), english.translationGroup());
    }

    @Test
    void refuses_a_new_post_in_a_language_the_site_is_not_written_in() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> service.savePost(
                SavePostCommand.newPost(new Language("es"), input("La vivienda", null, List.of()), AfterSaving.keepStatus())));
        assertEquals("language", refused.field());
        verify(posts, never()).save(any());
    }

    @Test
    void a_stored_post_keeps_its_language() {
        Post stored = store.given(PostFixtures.aPublishedPost("kept-in-english", NOW));
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> service.savePost(
                new SavePostCommand(stored.id(), 1, PostFixtures.FRENCH, input("Title", null, List.of()),
                        AfterSaving.keepStatus())));
        assertEquals("language", refused.field());
        verify(posts, never()).save(any());
    }

    @Test
    void the_same_slug_is_free_in_another_language() {
        store.given(PostFixtures.aPublishedPost("festival", NOW));
        Post french = service.savePost(SavePostCommand.newPost(PostFixtures.FRENCH, input("Festival", null, List.of()),
                AfterSaving.keepStatus())).post();
        assertEquals(new Slug("festival"), french.slug());
    }

    @Test
    void translates_a_post_into_a_new_draft_of_its_group_with_its_tags() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Post original = PostFixtures.aPublishedPost("harbour", NOW, List.of(graz.id()));
        original.closeComments();
        store.given(original);
        when(cities.findAllById(List.of(graz.id()))).thenReturn(List.of(graz));

        PostForEditing translated = service.translatePost(new TranslatePostCommand(original.id(), PostFixtures.FRENCH,
                input("Le port", null, List.of())));

        Post french = translated.post();
        assertEquals(PostFixtures.FRENCH, french.language());
        assertEquals(PostFixtures.FRENCH, translated.language());
        assertEquals(Optional.of(original.id()), french.translationOf());
        assertEquals(new Slug("le-port"), french.slug());
        assertEquals(PostStatus.DRAFT, french.status());
        assertEquals(List.of(graz.id()), french.partnerCities());
        assertEquals(List.of(graz), translated.partnerCities());
        assertTrue(!french.commentsOpen(), "comments as the original's");
        assertEquals(List.of(new TranslationSummary(original.id(), PostFixtures.ENGLISH, PostStatus.PUBLISHED,
                new Slug("harbour"), original.title())), translated.translations());
        assertEquals(1, store.saved.size());
        assertEquals(1, transactions.started());
    }

    @Test
    void the_original_lists_its_translations_for_its_editor() {
        Post original = store.given(PostFixtures.aPublishedPost("harbour", NOW));
        Post french = service.translatePost(new TranslatePostCommand(original.id(), PostFixtures.FRENCH,
                input("Le port", null, List.of()))).post();

        PostForEditing read = saveStored(original, 1, input("Harbour", null, List.of()), AfterSaving.keepStatus());

        assertEquals(List.of(TranslationSummary.of(french)), read.translations().stream()
                .map(summary -> new TranslationSummary(summary.id(), summary.language(), summary.status(), summary.slug(),
                        summary.title())).toList());
        assertEquals(PostFixtures.ENGLISH, read.language());
    }

    @Test
    void refuses_a_translation_into_the_posts_own_language_or_one_the_site_lacks() {
        Post original = store.given(PostFixtures.aPublishedPost("harbour", NOW));
        InvalidValueException same = assertThrows(InvalidValueException.class, () -> service.translatePost(
                new TranslatePostCommand(original.id(), PostFixtures.ENGLISH, input("Harbour", null, List.of()))));
        InvalidValueException foreign = assertThrows(InvalidValueException.class, () -> service.translatePost(
                new TranslatePostCommand(original.id(), new Language("es"), input("El puerto", null, List.of()))));
        assertEquals("language", same.field());
        assertEquals("language", foreign.field());
        verify(posts, never()).save(any());
    }

    @Test
    void refuses_a_second_translation_into_one_language_and_writes_nothing() {
        Post original = store.given(PostFixtures.aPublishedPost("harbour", NOW));
        Post french = service.translatePost(new TranslatePostCommand(original.id(), PostFixtures.FRENCH,
                input("Le port", null, List.of()))).post();

        assertThrows(TranslationAlreadyExistsException.class, () -> service.translatePost(new TranslatePostCommand(
                french.id(), PostFixtures.ENGLISH, input("Harbour again", null, List.of()))), "the original is in English");
        assertThrows(TranslationAlreadyExistsException.class, () -> service.translatePost(new TranslatePostCommand(
                original.id(), PostFixtures.FRENCH, input("Un autre port", null, List.of()))));
        assertEquals(1, store.saved.size());
    }

    @Test
    void refuses_to_translate_a_post_that_does_not_exist() {
        assertThrows(PostNotFoundException.class, () -> service.translatePost(new TranslatePostCommand(PostId.generate(),
                PostFixtures.FRENCH, input("Le port", null, List.of()))));
    }
}
