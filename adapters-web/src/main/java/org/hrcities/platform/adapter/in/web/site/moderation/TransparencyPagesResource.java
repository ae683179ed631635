package org.hrcities.platform.adapter.in.web.site.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.DependsOn;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.site.Canonical;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.moderation.ReadTransparencyReportUseCase;
import org.hrcities.platform.application.port.in.moderation.TransparencyReportQuery;

/** The public page that says what comment moderation did in the last twelve months, in counts only. */
@ApplicationScoped
@Path("transparency")
public class TransparencyPagesResource {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final int MONTHS = 12;

    private ReadTransparencyReportUseCase readReport;
    private VisitorTemplates templates;

    protected TransparencyPagesResource() {
        // for the container's proxy
    }

    @Inject
    public TransparencyPagesResource(ReadTransparencyReportUseCase readReport, VisitorTemplates templates) {
        this.readReport = readReport;
        this.templates = templates;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @DependsOn(Change.ARRIVALS)
    public Response report(@Context UriInfo request) {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        TransparencyPage page = TransparencyPage.of(readReport.readTransparencyReport(
                new TransparencyReportQuery(now.minusMonths(MONTHS - 1), now)));
        return Representations.ok(templates.render("transparency.jte", page, templates.frame(request),
                Canonical.of(request, "/transparency")), HTML, true,
                Freshness.MINUTE).build();
    }
}
