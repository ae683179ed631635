package org.hrcities.platform.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class CommentReportTest {

    private static final Instant AT = Instant.parse("2024-03-31T23:30:00Z");

    private final Post post = PostFixtures.aPublishedPost();
    private final Comment comment = CommentFixtures.anApprovedComment(post, AT.minusSeconds(3600));

    @Test
    void a_new_report_is_open_and_counts_towards_the_utc_month_it_was_made() {
        CommentReport report = CommentReport.of(comment, ReporterKey.ofAddress("203.0.113.7"), ReportReason.ABUSE,
                "  insults another reader  ", AT);
        assertTrue(report.isOpen());
        assertEquals("insults another reader", report.note());
        assertEquals(comment.id(), report.commentId());
        assertEquals(post.id(), report.postId());
        assertEquals(YearMonth.of(2024, 3), report.month());
    }

    @Test
    void a_blank_note_is_no_note_and_a_note_is_one_short_line() {
        ReporterKey reader = ReporterKey.ofAddress("203.0.113.7");
        assertNull(CommentReport.of(comment, reader, ReportReason.SPAM, "   ", AT).note());
        assertThrows(InvalidValueException.class,
                () -> CommentReport.of(comment, reader, ReportReason.SPAM, "two\nlines", AT));
        assertThrows(InvalidValueException.class,
                () -> CommentReport.of(comment, reader, ReportReason.SPAM, "x".repeat(CommentReport.MAX_NOTE_LENGTH + 1), AT));
    }

    @Test
    void closing_keeps_the_outcome_and_cannot_happen_twice() {
        CommentReport open = CommentReport.of(comment, ReporterKey.ofAddress("::1"), ReportReason.OFF_TOPIC, null, AT);
        CommentReport closed = open.close(ReportOutcome.UPHELD, AT.plusSeconds(60));
        assertFalse(closed.isOpen());
        assertEquals(ReportOutcome.UPHELD, closed.outcome());
        assertThrows(IllegalStateException.class, () -> closed.close(ReportOutcome.DISMISSED, AT.plusSeconds(90)));
    }

    @Test
    void the_reporters_key_is_a_hash_that_tells_addresses_apart_without_holding_them() {
        ReporterKey key = ReporterKey.ofAddress("198.51.100.23");
        assertEquals(key, ReporterKey.ofAddress("198.51.100.23"));
        assertNotEquals(key, ReporterKey.ofAddress("198.51.100.24"));
        assertEquals(ReporterKey.LENGTH, key.value().length());
        assertFalse(key.value().contains("198"));
        assertFalse(key.toString().contains("198.51"));
        assertThrows(InvalidValueException.class, () -> ReporterKey.ofAddress("with space"));
        assertThrows(InvalidValueException.class, () -> new ReporterKey("not-a-hash"));
    }

    @Test
    void reasons_read_their_codes_ignoring_case_and_refuse_others() {
        assertEquals(List.of("spam", "abuse", "off-topic", "personal-data"),
                List.of(ReportReason.values()).stream().map(ReportReason::code).toList());
        assertEquals(ReportReason.OFF_TOPIC, ReportReason.parse("reason", "Off_Topic"));
        assertEquals(ReportReason.PERSONAL_DATA, ReportReason.parse("reason", " personal-data "));
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> ReportReason.parse("reason", "rude"));
        assertEquals("reason", refused.field());
        assertThrows(InvalidValueException.class, () -> ReportReason.parse("reason", null));
    }

    @Test
    void approving_dismisses_removing_upholds_and_other_actions_leave_reports_open() {
        assertEquals(ReportOutcome.DISMISSED, ReportOutcome.of(ModerationAction.APPROVE));
        assertEquals(ReportOutcome.UPHELD, ReportOutcome.of(ModerationAction.TRASH));
        assertEquals(ReportOutcome.UPHELD, ReportOutcome.of(ModerationAction.SPAM));
        assertEquals(ReportOutcome.UPHELD, ReportOutcome.of(ModerationAction.DELETE));
        assertNull(ReportOutcome.of(ModerationAction.HOLD));
        assertNull(ReportOutcome.of(ModerationAction.RESTORE));
    }

    @Test
    void monthly_counts_add_up() {
        assertThrows(IllegalArgumentException.class, () -> new MonthlyReportCounts(YearMonth.of(2024, 3), 3, 1, 1, 0));
        assertEquals(new MonthlyReportCounts(YearMonth.of(2024, 3), 0, 0, 0, 0), MonthlyReportCounts.none(YearMonth.of(2024, 3)));
    }

    @Test
    void the_threshold_hides_a_comment_from_that_many_readers_on_and_never_when_zero() {
        DiscussionSettings defaults = DiscussionSettings.defaults();
        assertEquals(3, defaults.reportThreshold());
        assertFalse(defaults.hidesAfterReports(2));
        assertTrue(defaults.hidesAfterReports(3));
        DiscussionSettings never = new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 2, 0, 0);
        assertFalse(never.hidesAfterReports(1000));
        assertThrows(InvalidValueException.class, () -> new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 2,
                DiscussionSettings.MAX_REPORT_THRESHOLD + 1, 0));
        assertThrows(InvalidValueException.class, () -> new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 2,
                -1, 0));
    }
}
