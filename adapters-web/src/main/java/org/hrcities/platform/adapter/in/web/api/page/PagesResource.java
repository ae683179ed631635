package org.hrcities.platform.adapter.in.web.api.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.domain.shared.SiteLanguages;

/** The published pages of the site; drafts are not there. */
@Path("api/pages")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PagesResource {

    private ListPublishedPagesUseCase listPages;
    private ReadSitePageUseCase readPage;
    private SiteLanguages languages;

    protected PagesResource() {
        // for the container's proxy
    }

    @Inject
    public PagesResource(ListPublishedPagesUseCase listPages, ReadSitePageUseCase readPage, SiteLanguages languages) {
        this.listPages = listPages;
        this.readPage = readPage;
        this.languages = languages;
    }

    /** Every published page, by title. */
    @GET
    public Response list() {
        List<PageSummaryResponse> pages = listPages.listPublishedPages(languages.defaultLanguage()).stream().map(PageSummaryResponse::from).toList();
        return Representations.json(pages, Freshness.MINUTE).build();
    }

    /** One published page, its body in Markdown. */
    @GET
    @Path("{slug}")
    public Response read(@PathParam("slug") String slug) {
        return Representations.json(PageResponse.from(readPage.readPublishedPage(languages.defaultLanguage(),
                Slugs.fromPath(slug, "page")).page()),
                Freshness.MINUTE).build();
    }
}
