package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

/** What every {@link ModerationLogRepository} must do. */
public abstract class ModerationLogRepositoryContract extends StorageContract {

    private static final Actor EVA = Actor.person("account-7", "Eva Moderator");

    private static ModerationRecord arrival(CommentId comment, PostId post, Instant at, ModerationStatus status) {
        return new ModerationRecord(UUID.randomUUID(), comment, post, at, Actor.rule("manual-approval"),
                ModerationAction.RECEIVED, null, status, "every comment waits for a moderator");
    }

    private static ModerationRecord decision(CommentId comment, PostId post, Instant at, ModerationAction action,
                                             ModerationStatus from, ModerationStatus to) {
        return new ModerationRecord(UUID.randomUUID(), comment, post, at, EVA, action, from, to, null);
    }

    @Test
    void finds_the_entries_of_a_comment_oldest_first_with_every_field() {
        CommentId comment = CommentId.generate();
        PostId post = PostId.generate();
        ModerationRecord received = arrival(comment, post, T0, ModerationStatus.PENDING);
        ModerationRecord approved = new ModerationRecord(UUID.randomUUID(), comment, post, T0.plusSeconds(60), EVA,
                ModerationAction.APPROVE, ModerationStatus.PENDING, ModerationStatus.APPROVED, "Friendly, on topic – ok");
        ModerationRecord deleted = decision(comment, post, T0.plusSeconds(120), ModerationAction.DELETE,
                ModerationStatus.TRASH, null);
        ModerationRecord other = arrival(CommentId.generate(), post, T0, ModerationStatus.SPAM);
        inTx(() -> List.of(deleted, received, other, approved).forEach(storage.moderationLog()::append));

        assertEquals(List.of(received, approved, deleted), inTx(() -> storage.moderationLog().findByComment(comment)));
        assertEquals(List.of(), inTx(() -> storage.moderationLog().findByComment(CommentId.generate())));
    }

    @Test
    void keeps_entries_of_the_same_instant_in_the_order_they_were_appended() {
        CommentId comment = CommentId.generate();
        PostId post = PostId.generate();
        ModerationRecord first = arrival(comment, post, T0, ModerationStatus.PENDING);
        ModerationRecord second = decision(comment, post, T0, ModerationAction.TRASH, ModerationStatus.PENDING, ModerationStatus.TRASH);
        ModerationRecord third = decision(comment, post, T0, ModerationAction.RESTORE, ModerationStatus.TRASH, ModerationStatus.PENDING);
        inTx(() -> storage.moderationLog().append(first));
        inTx(() -> {
            storage.moderationLog().append(second);
            storage.moderationLog().append(third);
        });
        assertEquals(List.of(first, second, third), inTx(() -> storage.moderationLog().findByComment(comment)));
    }

    @Test
    void keeps_the_history_of_a_comment_deleted_with_its_post_or_alone() {
        Post post = PostFixtures.aPublishedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        comment.moveToTrash();
        ModerationRecord received = arrival(comment.id(), post.id(), T0, ModerationStatus.PENDING);
        inTx(() -> {
            storage.posts().save(post);
            storage.comments().save(comment);
            storage.moderationLog().append(received);
        });
        inTx(() -> storage.comments().delete(storage.comments().findById(comment.id()).orElseThrow()));
        inTx(() -> storage.posts().delete(storage.posts().findById(post.id()).orElseThrow()));

        assertEquals(List.of(received), inTx(() -> storage.moderationLog().findByComment(comment.id())));
    }

    @Test
    void refuses_a_second_entry_with_the_same_id() {
        ModerationRecord record = arrival(CommentId.generate(), PostId.generate(), T0, ModerationStatus.PENDING);
        inTx(() -> storage.moderationLog().append(record));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.moderationLog().append(record)));
        assertEquals(1, inTx(() -> storage.moderationLog().findByComment(record.commentId())).size());
    }

    @Test
    void counts_arrivals_and_decisions_per_utc_month_within_the_range() {
        PostId post = PostId.generate();
        Instant lastMarchSecond = Instant.parse("2024-03-31T23:59:59.999999Z");
        Instant firstAprilMoment = Instant.parse("2024-04-01T00:00:00Z");
        CommentId a = CommentId.generate();
        CommentId b = CommentId.generate();
        CommentId c = CommentId.generate();
        CommentId d = CommentId.generate();
        inTx(() -> List.of(
                arrival(a, post, Instant.parse("2024-02-29T12:00:00Z"), ModerationStatus.PENDING),
                arrival(b, post, T0, ModerationStatus.APPROVED),
                arrival(c, post, T0, ModerationStatus.SPAM),
                arrival(d, post, lastMarchSecond, ModerationStatus.PENDING),
                decision(a, post, T0, ModerationAction.APPROVE, ModerationStatus.PENDING, ModerationStatus.APPROVED),
                decision(d, post, firstAprilMoment, ModerationAction.SPAM, ModerationStatus.PENDING, ModerationStatus.SPAM),
                decision(d, post, firstAprilMoment, ModerationAction.RESTORE, ModerationStatus.SPAM, ModerationStatus.PENDING),
                decision(d, post, firstAprilMoment.plusSeconds(5), ModerationAction.TRASH, ModerationStatus.PENDING, ModerationStatus.TRASH),
                decision(d, post, firstAprilMoment.plusSeconds(9), ModerationAction.DELETE, ModerationStatus.TRASH, null),
                arrival(CommentId.generate(), post, Instant.parse("2024-06-01T00:00:00Z"), ModerationStatus.PENDING))
                .forEach(storage.moderationLog()::append));

        List<MonthlyModerationCounts> counts = inTx(() -> storage.moderationLog()
                .monthlyCounts(YearMonth.of(2024, 2), YearMonth.of(2024, 5)));

        assertEquals(List.of(
                new MonthlyModerationCounts(YearMonth.of(2024, 2), 1, 0, 0, 0),
                new MonthlyModerationCounts(YearMonth.of(2024, 3), 3, 2, 1, 0),
                new MonthlyModerationCounts(YearMonth.of(2024, 4), 0, 0, 1, 1)), counts);
        assertEquals(List.of(), inTx(() -> storage.moderationLog().monthlyCounts(YearMonth.of(2023, 1), YearMonth.of(2023, 12))));
    }
}
