package org.hrcities.platform.domain.post;

import static org.hrcities.platform.domain.post.PostFixtures.aDraftPost;
import static org.hrcities.platform.domain.post.PostFixtures.aPublishedPost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;
import org.junit.jupiter.api.Test;

class PostTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void a_new_post_is_a_draft_without_publication_time_and_derives_its_slug_from_the_title() {
        Post post = aDraftPost();
        assertEquals(PostStatus.DRAFT, post.status());
        assertEquals(Optional.empty(), post.publishedAt());
        assertEquals(new Slug("happy-new-year-2021"), post.slug());
        assertFalse(post.acceptsComments());
        assertEquals(0, post.version());
    }

    @Test
    void publishing_makes_the_post_public_at_that_time() {
        Post post = aDraftPost();
        post.publish(NOW);
        assertEquals(PostStatus.PUBLISHED, post.status());
        assertEquals(Optional.of(NOW), post.publishedAt());
        assertTrue(post.acceptsComments());
    }

    @Test
    void a_published_post_cannot_be_published_again() {
        Post post = aPublishedPost();
        assertThrows(PostStateException.class, () -> post.publish(NOW));
    }

    @Test
    void a_post_without_body_cannot_be_published_or_scheduled() {
        Post post = Post.draft(PostId.generate(), PostFixtures.ENGLISH, null, new PostContent("Title only", "", ""), "Editor", List.of(), true, NOW);
        assertThrows(PostStateException.class, () -> post.publish(NOW));
        assertThrows(PostStateException.class, () -> post.schedule(NOW.plusSeconds(60), NOW));
        assertEquals(PostStatus.DRAFT, post.status());
    }

    @Test
    void a_scheduled_post_is_published_once_its_time_has_come() {
        Post post = aDraftPost();
        Instant at = NOW.plus(Duration.ofHours(2));
        post.schedule(at, NOW);
        assertEquals(PostStatus.SCHEDULED, post.status());
        assertFalse(post.acceptsComments());
        assertFalse(post.publishIfDue(NOW.plus(Duration.ofHours(1))));
        assertTrue(post.publishIfDue(at));
        assertEquals(PostStatus.PUBLISHED, post.status());
        assertEquals(Optional.of(at), post.publishedAt());
    }

    @Test
    void scheduling_needs_a_time_in_the_future() {
        Post post = aDraftPost();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> post.schedule(NOW, NOW));
        assertEquals("publishAt", e.field());
    }

    @Test
    void unpublishing_returns_the_post_to_draft() {
        Post post = aPublishedPost();
        post.unpublish(NOW);
        assertEquals(PostStatus.DRAFT, post.status());
        assertEquals(Optional.empty(), post.publishedAt());
        assertThrows(PostStateException.class, () -> post.unpublish(NOW));
    }

    @Test
    void a_published_post_with_closed_comments_accepts_none() {
        Post post = aPublishedPost();
        post.closeComments();
        assertFalse(post.acceptsComments());
        post.openComments();
        assertTrue(post.acceptsComments());
    }

    @Test
    void a_published_post_must_keep_a_body() {
        Post post = aPublishedPost();
        assertThrows(PostStateException.class, () -> post.revise(new PostContent("New title", " ", "")));
        post.revise(new PostContent("New title", "New body", ""));
        assertEquals("New title", post.title());
    }

    @Test
    void partner_cities_are_kept_once_each_in_the_order_given() {
        PartnerCityId graz = PartnerCityId.generate();
        PartnerCityId lund = PartnerCityId.generate();
        Post post = aDraftPost();
        post.tagPartnerCities(List.of(graz, lund, graz));
        assertEquals(List.of(graz, lund), post.partnerCities());
    }

    @Test
    void topics_are_kept_once_each_in_the_order_given_and_a_new_post_has_none() {
        TopicId housing = TopicId.generate();
        TopicId culture = TopicId.generate();
        Post post = aDraftPost();
        assertEquals(List.of(), post.topics());
        post.fileUnder(List.of(culture, housing, culture));
        assertEquals(List.of(culture, housing), post.topics());
    }

    @Test
    void the_stored_state_must_be_consistent() {
        PostContent content = PostFixtures.someContent();
        Slug slug = new Slug("a-post");
        assertThrows(PostStateException.class, () -> Post.reconstitute(PostId.generate(), PostFixtures.ENGLISH, null, slug, List.of(), content,
                "Editor", PostStatus.PUBLISHED, null, List.of(), List.of(), true, NOW, 1));
        assertThrows(PostStateException.class, () -> Post.reconstitute(PostId.generate(), PostFixtures.ENGLISH, null, slug, List.of(), content,
                "Editor", PostStatus.DRAFT, NOW, List.of(), List.of(), true, NOW, 1));
        assertThrows(PostStateException.class, () -> Post.reconstitute(PostId.generate(), PostFixtures.ENGLISH, null, slug, List.of(slug), content,
                "Editor", PostStatus.PUBLISHED, NOW, List.of(), List.of(), true, NOW, 1), "the current slug is no former slug");
    }

    @Test
    void content_refuses_a_missing_title_and_oversized_body() {
        assertThrows(InvalidValueException.class, () -> new PostContent(" ", "body", ""));
        assertThrows(InvalidValueException.class,
                () -> new PostContent("Title", "x".repeat(PostContent.MAX_BODY_BYTES + 1), ""));
        assertThrows(InvalidValueException.class,
                () -> new PostContent("T".repeat(PostContent.MAX_TITLE_LENGTH + 1), "body", ""));
    }

    @Test
    void the_author_name_is_required() {
        assertThrows(InvalidValueException.class, () -> Post.draft(PostId.generate(), PostFixtures.ENGLISH, null,
                PostFixtures.someContent(), "  ", List.of(), true, NOW));
    }

    @Test
    void a_new_draft_was_last_changed_when_it_was_written() {
        Post post = Post.draft(PostId.generate(), PostFixtures.ENGLISH, null, PostFixtures.someContent(), "Editor", List.of(), true, NOW);
        assertEquals(NOW, post.updatedAt());
        assertEquals(Set.of(), post.formerSlugs());
    }

    @Test
    void every_editorial_change_moves_the_time_of_the_last_change_on() {
        Post post = aDraftPost();
        post.edit(new PostContent("New title", "New body", ""), post.slug(), "Editor", List.of(), true, NOW);
        assertEquals(NOW, post.updatedAt());
        post.schedule(NOW.plusSeconds(3600), NOW.plusSeconds(1));
        assertEquals(NOW.plusSeconds(1), post.updatedAt());
        post.publishIfDue(NOW.plusSeconds(3600));
        assertEquals(NOW.plusSeconds(3600), post.updatedAt(), "the scheduler's publication is a change too");
        post.unpublish(NOW.plusSeconds(4000));
        assertEquals(NOW.plusSeconds(4000), post.updatedAt());
        post.publish(NOW.plusSeconds(5000));
        assertEquals(NOW.plusSeconds(5000), post.updatedAt());
    }

    @Test
    void an_edit_replaces_content_slug_author_cities_and_comment_setting() {
        PartnerCityId graz = PartnerCityId.generate();
        Post post = aDraftPost();
        post.edit(new PostContent("Housing first", "In Graz.", "Short."), new Slug("housing-first"), "Anna Editor",
                List.of(graz), false, NOW);
        assertEquals(new PostContent("Housing first", "In Graz.", "Short."), post.content());
        assertEquals(new Slug("housing-first"), post.slug());
        assertEquals("Anna Editor", post.authorName());
        assertEquals(List.of(graz), post.partnerCities());
        assertFalse(post.commentsOpen());
    }

    @Test
    void a_failed_edit_changes_nothing() {
        Post post = aPublishedPost("kept-as-is", NOW);
        Slug before = post.slug();
        assertThrows(InvalidValueException.class, () -> post.edit(new PostContent("T", "B", ""), new Slug("other"),
                " ", List.of(), true, NOW.plusSeconds(1)));
        assertThrows(PostStateException.class, () -> post.edit(new PostContent("T", "", ""), new Slug("other"),
                "Editor", List.of(), true, NOW.plusSeconds(1)));
        assertEquals(before, post.slug());
        assertEquals(NOW, post.updatedAt());
        assertEquals(Set.of(), post.formerSlugs());
    }

    @Test
    void a_published_post_keeps_its_old_slug_as_a_former_slug() {
        Post post = aPublishedPost("old-address", NOW);
        post.changeSlug(new Slug("new-address"));
        post.changeSlug(new Slug("newest-address"));
        assertEquals(new Slug("newest-address"), post.slug());
        assertEquals(Set.of(new Slug("old-address"), new Slug("new-address")), post.formerSlugs());
    }

    @Test
    void a_draft_changes_its_slug_without_leaving_a_former_slug() {
        Post post = aDraftPost();
        post.changeSlug(new Slug("another-address"));
        Post scheduled = PostFixtures.aScheduledPost("scheduled-address", NOW);
        scheduled.changeSlug(new Slug("moved-before-publication"));
        assertEquals(Set.of(), post.formerSlugs());
        assertEquals(Set.of(), scheduled.formerSlugs());
    }

    @Test
    void taking_back_a_former_slug_removes_it_from_the_former_slugs() {
        Post post = aPublishedPost("first-address", NOW);
        post.changeSlug(new Slug("second-address"));
        post.changeSlug(new Slug("first-address"));
        assertEquals(new Slug("first-address"), post.slug());
        assertEquals(Set.of(new Slug("second-address")), post.formerSlugs());
    }

    @Test
    void keeping_the_same_slug_leaves_no_former_slug() {
        Post post = aPublishedPost("same-address", NOW);
        post.changeSlug(new Slug("same-address"));
        assertEquals(Set.of(), post.formerSlugs());
    }

    @Test
    void a_former_slug_taken_by_another_post_is_dropped() {
        Post post = aPublishedPost("first-address", NOW);
        post.changeSlug(new Slug("second-address"));
        assertTrue(post.dropFormerSlug(new Slug("first-address")));
        assertFalse(post.dropFormerSlug(new Slug("first-address")));
        assertEquals(Set.of(), post.formerSlugs());
    }

    @Test
    void a_scheduled_post_is_readable_from_its_time_on_even_before_the_scheduler_publishes_it() {
        Instant at = NOW.plusSeconds(60);
        Post scheduled = PostFixtures.aScheduledPost("soon", at);
        assertFalse(scheduled.isReadableAt(at.minusNanos(1000)));
        assertFalse(scheduled.isDue(at.minusNanos(1000)));
        assertTrue(scheduled.isDue(at));
        assertTrue(scheduled.isReadableAt(at));
        assertFalse(scheduled.isPublished());
        assertFalse(aDraftPost().isReadableAt(at));
        assertTrue(aPublishedPost().isReadableAt(at));
        assertFalse(aPublishedPost().isDue(at), "only scheduled posts fall due");
    }

    @Test
    void a_new_post_is_an_original_in_its_language_and_names_its_own_translation_group() {
        Post post = aDraftPost();
        assertEquals(PostFixtures.ENGLISH, post.language());
        assertEquals(Optional.empty(), post.translationOf());
        assertEquals(post.id(), post.translationGroup());
        assertFalse(post.isTranslation());
    }

    @Test
    void a_translation_is_a_new_draft_of_the_group_with_the_tags_and_image_of_the_original() {
        PartnerCityId city = PartnerCityId.generate();
        TopicId topic = TopicId.generate();
        FeaturedImage image = new FeaturedImage(MediaId.generate(), "The harbour");
        Post original = PostFixtures.aPublishedPost("harbour", PostFixtures.PUBLISHED_AT, List.of(city));
        original.fileUnder(List.of(topic));
        original.feature(image);
        original.closeComments();

        PostId id = PostId.generate();
        Post french = original.translate(id, PostFixtures.FRENCH, null, new PostContent("Le port", "Un texte", ""),
                "Équipe", NOW);

        assertEquals(id, french.id());
        assertEquals(PostFixtures.FRENCH, french.language());
        assertEquals(Optional.of(original.id()), french.translationOf());
        assertEquals(original.id(), french.translationGroup());
        assertEquals(new Slug("le-port"), french.slug());
        assertEquals(PostStatus.DRAFT, french.status());
        assertEquals(Optional.empty(), french.publishedAt());
        assertEquals(List.of(city), french.partnerCities());
        assertEquals(List.of(topic), french.topics());
        assertEquals(Optional.of(image), french.featuredImage());
        assertFalse(french.commentsOpen());
        assertEquals("Équipe", french.authorName());
        assertEquals(NOW, french.updatedAt());
        assertEquals(0, french.version());
    }

    @Test
    void a_translation_of_a_translation_joins_the_group_of_the_original() {
        Post original = aDraftPost();
        Post french = original.translate(PostId.generate(), PostFixtures.FRENCH, new Slug("bonne-annee"),
                PostFixtures.someContent(), "Editor", NOW);
        Post german = french.translate(PostId.generate(), PostFixtures.GERMAN, null, PostFixtures.someContent(),
                "Editor", NOW);
        assertEquals(new Slug("bonne-annee"), french.slug());
        assertEquals(Optional.of(original.id()), german.translationOf());
        assertEquals(original.id(), german.translationGroup());
    }

    @Test
    void a_post_is_not_translated_into_its_own_language() {
        Post original = aDraftPost();
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> original.translate(
                PostId.generate(), PostFixtures.ENGLISH, null, PostFixtures.someContent(), "Editor", NOW));
        assertEquals("language", refused.field());
    }

    @Test
    void a_stored_post_keeps_its_language_and_group_and_is_no_translation_of_itself() {
        PostId original = PostId.generate();
        Post french = Post.reconstitute(PostId.generate(), PostFixtures.FRENCH, original, new Slug("le-port"), List.of(),
                PostFixtures.someContent(), "Editor", PostStatus.DRAFT, null, List.of(), List.of(), true, NOW, 3);
        assertEquals(PostFixtures.FRENCH, french.language());
        assertEquals(original, french.translationGroup());
        PostId id = PostId.generate();
        assertThrows(PostStateException.class, () -> Post.reconstitute(id, PostFixtures.FRENCH, id, new Slug("x"),
                List.of(), PostFixtures.someContent(), "Editor", PostStatus.DRAFT, null, List.of(), List.of(), true,
                NOW, 3));
    }
}
