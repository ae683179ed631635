package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.bootstrap.CountedCommentSubmission.Verdict;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

class CountedCommentSubmissionTest {

    private final Counter[] counters = CountingCounter.array(Verdict.values().length);

    private static long[] only(Verdict verdict) {
        long[] counts = new long[Verdict.values().length];
        counts[verdict.ordinal()] = 1;
        return counts;
    }

    @Test
    void each_stored_comment_counts_once_under_the_verdict_of_its_status_and_is_handed_back_as_it_was() {
        for (ModerationStatus status : List.of(ModerationStatus.PENDING, ModerationStatus.APPROVED, ModerationStatus.SPAM)) {
            Counter[] fresh = CountingCounter.array(Verdict.values().length);
            SubmittedComment stored = new SubmittedComment(CommentId.generate(), status);
            CountedCommentSubmission counted = new CountedCommentSubmission(command -> stored, fresh);

            assertSame(stored, counted.submitComment(null));

            Verdict expected = switch (status) {
                case PENDING -> Verdict.HELD;
                case APPROVED -> Verdict.APPROVED;
                default -> Verdict.SPAM;
            };
            assertArrayEquals(only(expected), CountingCounter.counts(fresh), status.toString());
        }
    }

    @Test
    void a_flood_and_a_duplicate_count_as_refusals_and_still_reach_the_caller() {
        CommentFloodException flood = new CommentFloodException(Duration.ofSeconds(9));
        CountedCommentSubmission flooding = new CountedCommentSubmission(command -> {
            throw flood;
        }, counters);
        assertSame(flood, assertThrows(CommentFloodException.class, () -> flooding.submitComment(null)));
        assertArrayEquals(only(Verdict.FLOOD), CountingCounter.counts(counters));

        Counter[] others = CountingCounter.array(Verdict.values().length);
        CountedCommentSubmission repeating = new CountedCommentSubmission(command -> {
            throw new DuplicateCommentException();
        }, others);
        assertThrows(DuplicateCommentException.class, () -> repeating.submitComment(null));
        assertArrayEquals(only(Verdict.DUPLICATE), CountingCounter.counts(others));
    }

    @Test
    void other_refusals_are_no_arrivals_and_count_nothing() {
        CountedCommentSubmission missing = new CountedCommentSubmission(command -> {
            throw new PostNotFoundException(new Slug("no-such-post"));
        }, counters);
        assertThrows(PostNotFoundException.class, () -> missing.submitComment(null));
        assertArrayEquals(new long[Verdict.values().length], CountingCounter.counts(counters));
    }

    @Test
    void the_verdicts_are_the_tags_the_operations_guide_lists() {
        assertEquals(List.of("held", "approved", "spam", "flood", "duplicate"),
                List.of(Verdict.values()).stream().map(Verdict::tag).toList());
        assertEquals(Verdict.SPAM, Verdict.of(ModerationStatus.TRASH), "never on arrival; counted as refused");
    }
}
