package org.hrcities.platform.bootstrap;

import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.metrics.Counter;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.domain.comment.ModerationStatus;

/**
 * Counts each comment that arrives by its {@link Verdict}, around the use case that takes it: the
 * status the rules on arrival gave it, or the flood or duplicate refusal. Other refusals (no such post,
 * comments closed, an invalid reply or field, the storage unavailable) are not arrivals and count
 * nothing. What the sender and the use case see is unchanged.
 */
final class CountedCommentSubmission implements SubmitCommentUseCase {

    /** What became of an arriving comment, as the {@code verdict} tag of {@value SiteMetrics#COMMENTS_ARRIVED} says it. */
    enum Verdict {
        /** Stored pending: waits for a moderator. */
        HELD,
        /** Stored approved by the rules: public at once. */
        APPROVED,
        /** Stored as spam by the rules (its sender is told it waits). */
        SPAM,
        /** Refused: the sender commented within the flood interval (429). */
        FLOOD,
        /** Refused: the same email left the same text on the post already (409). */
        DUPLICATE;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Verdict of(ModerationStatus stored) {
            return switch (stored) {
                case PENDING -> HELD;
                case APPROVED -> APPROVED;
                // no rule on arrival throws a comment away (ModerationDecision refuses TRASH): never seen here
                case SPAM, TRASH -> SPAM;
            };
        }
    }

    private final SubmitCommentUseCase submission;
    private final Counter[] arrived;

    /** @param arrived one counter per {@link Verdict}, in the order of its constants */
    CountedCommentSubmission(SubmitCommentUseCase submission, Counter[] arrived) {
        this.submission = Objects.requireNonNull(submission, "submission");
        if (arrived.length != Verdict.values().length) {
            throw new IllegalArgumentException("one counter per verdict");
        }
        this.arrived = arrived.clone();
    }

    @Override
    public SubmittedComment submitComment(SubmitCommentCommand command) {
        SubmittedComment submitted;
        try {
            submitted = submission.submitComment(command);
        } catch (CommentFloodException e) {
            arrived[Verdict.FLOOD.ordinal()].inc();
            throw e;
        } catch (DuplicateCommentException e) {
            arrived[Verdict.DUPLICATE.ordinal()].inc();
            throw e;
        }
        arrived[Verdict.of(submitted.status()).ordinal()].inc();
        return submitted;
    }
}
