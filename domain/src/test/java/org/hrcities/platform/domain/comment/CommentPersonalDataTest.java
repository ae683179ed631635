package org.hrcities.platform.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.Test;

/** What a comment keeps of its sender, and how it forgets it. */
class CommentPersonalDataTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private final Post post = PostFixtures.aPublishedPost();

    private Comment comment(String userAgent) {
        return Comment.submit(post, CommentId.generate(), CommentFixtures.aCommenter(), new CommentText("Hello"), null,
                "192.0.2.1", userAgent, AT);
    }

    @Test
    void keeps_the_user_agent_on_one_line_cut_to_its_maximum() {
        assertEquals(Optional.of("Mozilla/5.0 (X11) Firefox/140.0"), comment(" Mozilla/5.0 (X11)\r\nFirefox/140.0 ")
                .userAgent().map(agent -> agent.replace("  ", " ")));
        assertEquals(Comment.MAX_USER_AGENT_LENGTH, comment("x".repeat(5000)).userAgent().orElseThrow().length());
        assertEquals(Optional.empty(), comment("   ").userAgent());
        assertEquals(Optional.empty(), comment(null).userAgent());
        assertFalse(Comment.validUserAgent("a\u2028b\u0000c").chars().anyMatch(Character::isISOControl));
    }

    @Test
    void never_cuts_a_user_agent_inside_a_character() {
        String agent = "a".repeat(Comment.MAX_USER_AGENT_LENGTH - 1) + "\uD83D\uDE00";
        String kept = Comment.validUserAgent(agent);
        assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
    }

    @Test
    void anonymising_removes_every_personal_detail_and_keeps_the_place_and_text() {
        Comment comment = comment("Browser/1");
        comment.approve();

        comment.anonymise();

        assertEquals(Commenter.anonymous(), comment.commenter());
        assertEquals("Anonymous", comment.commenter().name());
        assertNull(comment.commenter().email());
        assertEquals(Optional.empty(), comment.commenter().websiteIfGiven());
        assertEquals(Optional.empty(), comment.senderAddress());
        assertEquals(Optional.empty(), comment.userAgent());
        assertEquals("Hello", comment.text().value());
        assertTrue(comment.isPublic());
        assertTrue(comment.isAnonymised());
    }

    @Test
    void only_an_anonymised_comment_has_its_text_replaced() {
        Comment comment = comment(null);
        assertThrows(IllegalStateException.class, comment::replaceTextAfterErasure);
        comment.anonymise();
        comment.replaceTextAfterErasure();
        assertEquals(Comment.ERASED_TEXT, comment.text().value());
    }

    @Test
    void forgetting_the_sender_data_keeps_the_commenter() {
        Comment comment = comment("Browser/1");
        comment.forgetSenderData();
        assertEquals(Optional.empty(), comment.senderAddress());
        assertEquals(Optional.empty(), comment.userAgent());
        assertEquals(CommentFixtures.aCommenter(), comment.commenter());
    }

    @Test
    void only_the_anonymous_commenter_lacks_an_email_and_a_reader_cannot_submit_without_one() {
        assertThrows(IllegalArgumentException.class, () -> new Commenter("Someone", null, null));
        assertThrows(IllegalArgumentException.class, () -> Comment.submit(post, CommentId.generate(),
                Commenter.anonymous(), new CommentText("Hi"), null, AT));
    }
}
