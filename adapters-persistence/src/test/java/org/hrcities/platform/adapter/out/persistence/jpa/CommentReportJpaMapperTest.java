package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentReport;
import org.hrcities.platform.domain.comment.ReportOutcome;
import org.hrcities.platform.domain.comment.ReportReason;
import org.hrcities.platform.domain.comment.ReporterKey;
import org.hrcities.platform.domain.post.PostId;
import org.junit.jupiter.api.Test;

class CommentReportJpaMapperTest {

    private static final Instant MADE = Instant.parse("2024-03-31T23:59:59.123456Z");

    @Test
    void an_open_report_survives_the_round_trip_through_its_row() {
        CommentReport report = new CommentReport(UUID.randomUUID(), CommentId.generate(), PostId.generate(),
                ReporterKey.ofAddress("192.0.2.1"), ReportReason.PERSONAL_DATA, "my address", MADE, null, null);
        CommentReportJpaEntity row = new CommentReportJpaEntity(report.id());
        CommentReportJpaMapper.copyInto(report, row);

        assertEquals(report, CommentReportJpaMapper.toDomain(row));
        assertEquals("2024-03", row.monthUtc);
        assertEquals("PERSONAL_DATA", row.reason);
        assertNull(row.outcome);
        assertNull(row.closedAt);
    }

    @Test
    void a_closed_report_keeps_its_outcome_and_when_it_was_closed() {
        CommentReport report = new CommentReport(UUID.randomUUID(), CommentId.generate(), PostId.generate(),
                ReporterKey.ofAddress("2001:db8::1"), ReportReason.OFF_TOPIC, null, MADE, ReportOutcome.UPHELD,
                MADE.plusSeconds(60));
        CommentReportJpaEntity row = new CommentReportJpaEntity(report.id());
        CommentReportJpaMapper.copyInto(report, row);

        assertEquals(report, CommentReportJpaMapper.toDomain(row));
        assertEquals("UPHELD", row.outcome);
    }
}
