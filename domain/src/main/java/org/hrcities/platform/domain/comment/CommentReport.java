package org.hrcities.platform.domain.comment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Text;

/**
 * A reader's report of a public comment: why, with an optional note, from whom (a {@link ReporterKey},
 * never the address), and how moderators closed it. Open while {@code outcome} is null.
 *
 * @param note the reader's note: one line of at most {@value #MAX_NOTE_LENGTH} characters; null when none
 * @param outcome how the report was closed; null while it is open
 * @param closedAt when it was closed; null exactly while it is open
 */
public record CommentReport(UUID id, CommentId commentId, PostId postId, ReporterKey reporter, ReportReason reason,
                            String note, Instant reportedAt, ReportOutcome outcome, Instant closedAt) {

    public static final int MAX_NOTE_LENGTH = 500;

    public CommentReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reportedAt, "reportedAt");
        note = optionalNote(note);
        if ((outcome == null) != (closedAt == null)) {
            throw new IllegalArgumentException("a report is closed exactly when it has an outcome");
        }
        if (closedAt != null && closedAt.isBefore(reportedAt)) {
            throw new IllegalArgumentException("a report cannot be closed before it was made");
        }
    }

    /** A new, open report of the comment. */
    public static CommentReport of(Comment comment, ReporterKey reporter, ReportReason reason, String note, Instant at) {
        return new CommentReport(UUID.randomUUID(), comment.id(), comment.postId(), reporter, reason, note, at, null, null);
    }

    /** A note as typed: stripped, null when blank, else one line of at most {@value #MAX_NOTE_LENGTH} characters. */
    public static String optionalNote(String note) {
        return note == null || note.isBlank() ? null : Text.requireSingleLine("note", note, MAX_NOTE_LENGTH);
    }

    public boolean isOpen() {
        return outcome == null;
    }

    /** The report closed with the outcome at the given instant. */
    public CommentReport close(ReportOutcome how, Instant at) {
        Objects.requireNonNull(how, "how");
        if (!isOpen()) {
            throw new IllegalStateException("the report is closed already");
        }
        return new CommentReport(id, commentId, postId, reporter, reason, note, reportedAt, how, at);
    }

    /** The month (UTC) the report counts towards in the transparency report: the month it was made. */
    public YearMonth month() {
        return YearMonth.from(reportedAt.atZone(ZoneOffset.UTC));
    }
}
