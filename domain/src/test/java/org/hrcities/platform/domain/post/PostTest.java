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
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
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
        Post post = Post.draft(PostId.generate(), null, new PostContent("Title only", "", ""), "Editor", List.of(), true);
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
        post.unpublish();
        assertEquals(PostStatus.DRAFT, post.status());
        assertEquals(Optional.empty(), post.publishedAt());
        assertThrows(PostStateException.class, post::unpublish);
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
    void the_stored_state_must_be_consistent() {
        PostContent content = PostFixtures.someContent();
        Slug slug = new Slug("a-post");
        assertThrows(PostStateException.class, () -> Post.reconstitute(PostId.generate(), slug, content, "Editor",
                PostStatus.PUBLISHED, null, List.of(), true, 1));
        assertThrows(PostStateException.class, () -> Post.reconstitute(PostId.generate(), slug, content, "Editor",
                PostStatus.DRAFT, NOW, List.of(), true, 1));
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
        assertThrows(InvalidValueException.class, () -> Post.draft(PostId.generate(), null,
                PostFixtures.someContent(), "  ", List.of(), true));
    }
}
