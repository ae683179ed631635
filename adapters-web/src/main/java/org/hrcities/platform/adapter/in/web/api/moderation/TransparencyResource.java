package org.hrcities.platform.adapter.in.web.api.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.DependsOn;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.application.port.in.moderation.ReadTransparencyReportUseCase;
import org.hrcities.platform.application.port.in.moderation.TransparencyReport;
import org.hrcities.platform.application.port.in.moderation.TransparencyReportQuery;

/** The public transparency report of comment moderation: the last twelve months, counts only. */
@ApplicationScoped
@Path("api/transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {

    /** The months a report covers, this one included. */
    public static final int MONTHS = 12;

    private ReadTransparencyReportUseCase readReport;

    protected TransparencyResource() {
        // for the container's proxy
    }

    @Inject
    public TransparencyResource(ReadTransparencyReportUseCase readReport) {
        this.readReport = readReport;
    }

    @GET
    @DependsOn(Change.ARRIVALS)
    public Response report() {
        TransparencyReportResponse body = TransparencyReportResponse.from(lastTwelveMonths(readReport));
        return Representations.json(body, Freshness.MINUTE).build();
    }

    /** The report of the last {@value #MONTHS} months (UTC), this one included. */
    public static TransparencyReport lastTwelveMonths(ReadTransparencyReportUseCase readReport) {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        return readReport.readTransparencyReport(new TransparencyReportQuery(now.minusMonths(MONTHS - 1), now));
    }
}
