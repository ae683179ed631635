package org.hrcities.platform.adapter.in.web.site.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.hrcities.platform.adapter.in.web.api.moderation.TransparencyReportResponse;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.application.port.in.moderation.TransparencyReport;
import org.hrcities.platform.domain.comment.MonthlyModerationCounts;
import org.hrcities.platform.domain.comment.MonthlyReportCounts;
import org.junit.jupiter.api.Test;

class TransparencyPageRenderingTest {

    private static final TransparencyReport REPORT = new TransparencyReport(
            List.of(MonthlyModerationCounts.none(YearMonth.of(2026, 10)),
                    new MonthlyModerationCounts(YearMonth.of(2026, 11), 9, 6, 2, 1)),
            List.of(new MonthlyReportCounts(YearMonth.of(2026, 10), 2, 1, 1, 0),
                    new MonthlyReportCounts(YearMonth.of(2026, 11), 4, 0, 1, 3)));

    @Test
    void the_page_counts_readers_reports_and_their_outcomes_per_month_and_in_total() {
        String html = new String(Templates.render("transparency.jte", TransparencyPage.of(REPORT),
                java.net.URI.create("https://news.example.org/transparency")), StandardCharsets.UTF_8);

        assertTrue(html.contains("<h2 id=\"reports\">Readers' reports</h2>"), html);
        assertTrue(html.contains("<th scope=\"row\"><time datetime=\"2026-11\">November 2026</time></th><td>4</td><td>0</td>"
                + "<td>1</td><td>3</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">Twelve months</th><td>6</td><td>1</td><td>2</td><td>3</td>"), html);
    }

    @Test
    void the_api_gives_each_month_its_reports() {
        TransparencyReportResponse body = TransparencyReportResponse.from(REPORT);

        assertEquals(new TransparencyReportResponse.ReportsResponse(4, 0, 1, 3), body.months().get(1).reports());
        assertEquals(9, body.months().get(1).received());
    }
}
