package org.hrcities.platform.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class DiscussionSettingsTest {

    private static final Instant PUBLISHED = PostFixtures.PUBLISHED_AT;

    private static DiscussionSettings closingAfter(int days) {
        return new DiscussionSettings(true, days, false, 2, List.of(), List.of(), 15, 2, 0);
    }

    @Test
    void defaults_are_wordpress_defaults() {
        DiscussionSettings defaults = DiscussionSettings.defaults();
        assertTrue(defaults.commentsOpenOnNewPosts());
        assertEquals(0, defaults.closeCommentsAfterDays());
        assertFalse(defaults.approveKnownCommenters());
        assertEquals(2, defaults.maxLinks());
        assertEquals(List.of(), defaults.moderationWords());
        assertEquals(List.of(), defaults.disallowedWords());
        assertEquals(15, defaults.floodIntervalSeconds());
        assertEquals(2, defaults.minimumFillSeconds());
        assertEquals(0, defaults.version());
    }

    @Test
    void word_lists_are_trimmed_without_blank_lines_or_repeats() {
        DiscussionSettings settings = new DiscussionSettings(true, 0, false, 2,
                DiscussionSettings.wordsFromLines("  casino \n\n\r\nviagra\r\ncasino\n   "), List.of(" spam "), 15, 2, 0);
        assertEquals(List.of("casino", "viagra"), settings.moderationWords());
        assertEquals(List.of("spam"), settings.disallowedWords());
        assertEquals(List.of(), DiscussionSettings.wordsFromLines(null));
    }

    @Test
    void refuses_values_out_of_range_naming_the_field() {
        assertEquals("closeCommentsAfterDays", assertThrows(InvalidValueException.class, () -> closingAfter(3651)).field());
        assertEquals("maxLinks", assertThrows(InvalidValueException.class,
                () -> new DiscussionSettings(true, 0, false, -1, List.of(), List.of(), 15, 2, 0)).field());
        assertEquals("floodIntervalSeconds", assertThrows(InvalidValueException.class,
                () -> new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 3601, 2, 0)).field());
        assertEquals("minimumFillSeconds", assertThrows(InvalidValueException.class,
                () -> new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 601, 0)).field());
        assertEquals("moderationWords", assertThrows(InvalidValueException.class,
                () -> new DiscussionSettings(true, 0, false, 2, List.of("x".repeat(101)), List.of(), 15, 2, 0)).field());
        assertEquals("disallowedWords", assertThrows(InvalidValueException.class,
                () -> new DiscussionSettings(true, 0, false, 2, List.of(), Collections.nCopies(1001, "x").stream()
                        .map(x -> x + Math.random()).toList(), 15, 2, 0)).field());
        closingAfter(3650);
        new DiscussionSettings(true, 0, false, 100, List.of(), List.of(), 3600, 600, 0);
    }

    @Test
    void comments_close_once_the_post_is_older_than_the_days_set() {
        Post post = PostFixtures.aPublishedPost();
        DiscussionSettings fourteenDays = closingAfter(14);
        assertTrue(fourteenDays.commentsOpenOn(post, PUBLISHED.plus(Duration.ofDays(14))));
        assertFalse(fourteenDays.commentsOpenOn(post, PUBLISHED.plus(Duration.ofDays(14)).plusSeconds(1)));
        assertTrue(fourteenDays.closedByAge(post, PUBLISHED.plus(Duration.ofDays(15))));
        assertTrue(closingAfter(0).commentsOpenOn(post, PUBLISHED.plus(Duration.ofDays(10_000))), "0 never closes");
    }

    @Test
    void refuses_comments_closed_by_age_or_by_the_post_with_the_right_reason() {
        Post post = PostFixtures.aPublishedPost();
        CommentsNotAcceptedException byAge = assertThrows(CommentsNotAcceptedException.class,
                () -> closingAfter(14).requireCommentsOpenOn(post, PUBLISHED.plus(Duration.ofDays(30))));
        assertTrue(byAge.postPublished());
        assertTrue(byAge.getMessage().contains("14 days"));
        assertFalse(closingAfter(0).commentsOpenOn(PostFixtures.aPublishedPostWithCommentsClosed(), PUBLISHED));
        CommentsNotAcceptedException draft = assertThrows(CommentsNotAcceptedException.class,
                () -> closingAfter(0).requireCommentsOpenOn(PostFixtures.aDraftPost(), PUBLISHED));
        assertFalse(draft.postPublished());
        closingAfter(14).requireCommentsOpenOn(post, PUBLISHED.plusSeconds(60));
    }

    @Test
    void keeps_everything_but_the_version_when_given_another_version() {
        DiscussionSettings settings = closingAfter(7);
        DiscussionSettings stored = settings.withVersion(4);
        assertEquals(4, stored.version());
        assertEquals(settings, stored.withVersion(0));
    }
}
