package org.hrcities.platform.domain.comment;

import static org.hrcities.platform.domain.comment.CommentFixtures.aPendingComment;
import static org.hrcities.platform.domain.post.PostFixtures.aPublishedPost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentModerationTest {

    private static final Instant AT = Instant.parse("2021-01-05T10:00:00Z");
    private static final Actor MODERATOR = Actor.person("account-7", "Eva Moderator");

    /** Every action from every status: the allowed moves and where they lead, or "refused". */
    @ParameterizedTest(name = "{1} on a {0} comment -> {2}")
    @CsvSource({
            "PENDING,  APPROVE, APPROVED", "APPROVED, APPROVE, refused", "SPAM,     APPROVE, APPROVED", "TRASH,    APPROVE, refused",
            "PENDING,  HOLD,    refused",  "APPROVED, HOLD,    PENDING", "SPAM,     HOLD,    refused",  "TRASH,    HOLD,    refused",
            "PENDING,  SPAM,    SPAM",     "APPROVED, SPAM,    SPAM",    "SPAM,     SPAM,    refused",  "TRASH,    SPAM,    SPAM",
            "PENDING,  TRASH,   TRASH",    "APPROVED, TRASH,   TRASH",   "SPAM,     TRASH,   TRASH",    "TRASH,    TRASH,   refused",
            "PENDING,  RESTORE, refused",  "APPROVED, RESTORE, refused", "SPAM,     RESTORE, PENDING",  "TRASH,    RESTORE, PENDING"})
    void moves_only_from_the_statuses_each_action_allows(ModerationStatus from, ModerationAction action, String expected) {
        Comment comment = commentIn(from);
        if (expected.equals("refused")) {
            ModerationNotAllowedException e = assertThrows(ModerationNotAllowedException.class,
                    () -> comment.moderate(action, MODERATOR, AT, null));
            assertEquals(action, e.action());
            assertEquals(from, e.status());
            assertEquals(from, comment.status(), "a refused action changes nothing");
        } else {
            ModerationRecord record = comment.moderate(action, MODERATOR, AT.plusSeconds(60), "checked");
            assertEquals(ModerationStatus.valueOf(expected), comment.status());
            assertEquals(from, record.fromStatus());
            assertEquals(comment.status(), record.toStatus());
            assertEquals(action, record.action());
            assertEquals(MODERATOR, record.actor());
            assertEquals(comment.id(), record.commentId());
            assertEquals(comment.postId(), record.postId());
            assertEquals("checked", record.reason());
        }
    }

    @ParameterizedTest
    @CsvSource({"PENDING, false", "APPROVED, false", "SPAM, true", "TRASH, true"})
    void deletes_for_good_only_from_trash_or_spam(ModerationStatus status, boolean allowed) {
        Comment comment = commentIn(status);
        if (allowed) {
            ModerationRecord record = comment.recordDeletion(MODERATOR, AT, " ");
            assertEquals(ModerationAction.DELETE, record.action());
            assertEquals(status, record.fromStatus());
            assertNull(record.toStatus());
            assertNull(record.reason(), "a blank reason is no reason");
        } else {
            assertThrows(ModerationNotAllowedException.class, () -> comment.recordDeletion(MODERATOR, AT, null));
        }
    }

    @Test
    void an_arrival_applies_the_rules_decision_and_logs_it_under_the_rule() {
        Comment spam = aPendingComment(aPublishedPost(), AT);
        ModerationRecord record = spam.receive(new ModerationDecision(ModerationStatus.SPAM, "honeypot", "bot"), AT);
        assertEquals(ModerationStatus.SPAM, spam.status());
        assertEquals(Actor.rule("honeypot"), record.actor());
        assertEquals(Actor.Kind.RULE, record.actor().kind());
        assertEquals(ModerationAction.RECEIVED, record.action());
        assertNull(record.fromStatus());
        assertEquals(ModerationStatus.SPAM, record.toStatus());
        assertEquals(YearMonth.of(2021, 1), record.month());

        Comment approved = aPendingComment(aPublishedPost(), AT);
        approved.receive(new ModerationDecision(ModerationStatus.APPROVED, "known-commenter", "known"), AT);
        assertEquals(ModerationStatus.APPROVED, approved.status());
        assertThrows(IllegalStateException.class,
                () -> approved.receive(new ModerationDecision(ModerationStatus.PENDING, "manual-approval", "x"), AT));
    }

    @Test
    void arrival_and_deletion_are_not_moderator_status_changes() {
        Comment comment = commentIn(ModerationStatus.TRASH);
        assertThrows(IllegalArgumentException.class, () -> comment.moderate(ModerationAction.DELETE, MODERATOR, AT, null));
        assertThrows(IllegalArgumentException.class, () -> comment.moderate(ModerationAction.RECEIVED, MODERATOR, AT, null));
    }

    @Test
    void keeps_the_sender_address_and_refuses_one_with_spaces() {
        Comment comment = Comment.submit(aPublishedPost(), CommentId.generate(), CommentFixtures.aCommenter(),
                new CommentText("Hi"), null, "2001:db8::1", AT);
        assertEquals(Optional.of("2001:db8::1"), comment.senderAddress());
        assertEquals(Optional.empty(), aPendingComment(aPublishedPost(), AT).senderAddress());
        assertThrows(org.hrcities.platform.domain.shared.InvalidValueException.class,
                () -> Comment.submit(aPublishedPost(), CommentId.generate(), CommentFixtures.aCommenter(),
                        new CommentText("Hi"), null, "10.0.0.1 evil", AT));
    }

    @Test
    void a_record_refuses_a_reason_over_the_limit_and_an_actor_without_a_name() {
        Comment comment = commentIn(ModerationStatus.PENDING);
        assertThrows(org.hrcities.platform.domain.shared.InvalidValueException.class,
                () -> comment.moderate(ModerationAction.APPROVE, MODERATOR, AT, "x".repeat(ModerationRecord.MAX_REASON_LENGTH + 1)));
        assertEquals(ModerationStatus.PENDING, comment.status(), "a refused reason changes nothing");
        assertThrows(org.hrcities.platform.domain.shared.InvalidValueException.class, () -> Actor.person("id-1", " "));
    }

    private static Comment commentIn(ModerationStatus status) {
        Comment comment = aPendingComment(aPublishedPost(), AT);
        switch (status) {
            case APPROVED -> comment.approve();
            case SPAM -> comment.markAsSpam();
            case TRASH -> comment.moveToTrash();
            default -> {
            }
        }
        return comment;
    }
}
