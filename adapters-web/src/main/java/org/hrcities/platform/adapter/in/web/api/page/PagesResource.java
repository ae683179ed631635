package org.hrcities.platform.adapter.in.web.api.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrcities.platform.adapter.in.web.api.shared.TranslationLinkResponse;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.page.PublishedSitePage;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * The published pages of the site in one of its languages ({@code ?lang=fr}; the default language
 * without it), each with its published translations; drafts are not there.
 */
@Path("api/pages")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PagesResource {

    private ListPublishedPagesUseCase listPages;
    private ReadSitePageUseCase readPage;
    private LanguageRoutes routes;

    protected PagesResource() {
        // for the container's proxy
    }

    @Inject
    public PagesResource(ListPublishedPagesUseCase listPages, ReadSitePageUseCase readPage, SiteLanguages languages) {
        this.listPages = listPages;
        this.readPage = readPage;
        this.routes = new LanguageRoutes(languages);
    }

    /** Every published page of the language, by title. */
    @GET
    public Response list(@QueryParam("lang") String lang, @Context UriInfo request) {
        Language language = Languages.fromQuery(lang, routes.languages());
        List<SitePage> pages = listPages.listPublishedPages(language);
        Map<SitePageId, List<SitePage>> groups = listPages.listPublishedPages().stream()
                .collect(Collectors.groupingBy(SitePage::translationGroup));
        List<PageSummaryResponse> body = pages.stream().map(page -> PageSummaryResponse.from(page, url(page),
                translations(groups.getOrDefault(page.translationGroup(), List.of()).stream()
                        .filter(other -> !other.language().equals(page.language())).toList(), request))).toList();
        return Representations.json(body, Freshness.MINUTE).build();
    }

    /** One published page of the language, its body in Markdown. */
    @GET
    @Path("{slug}")
    public Response read(@PathParam("slug") String slug, @QueryParam("lang") String lang, @Context UriInfo request) {
        Language language = Languages.fromQuery(lang, routes.languages());
        PublishedSitePage published = readPage.readPublishedPage(language, Slugs.fromPath(slug, "page"));
        List<TranslationLinkResponse> translations = published.translations().stream()
                .sorted(Comparator.comparingInt(translation -> order(translation.language())))
                .map(translation -> link(request, translation.language(), translation.slug().value())).toList();
        return Representations.json(PageResponse.from(published.page(), url(published.page()), translations),
                Freshness.MINUTE).build();
    }

    /** Where visitors read the page: "/pages/about", "/fr/pages/a-propos". */
    private String url(SitePage page) {
        return routes.path(page.language(), "/pages/" + page.slug().value());
    }

    private List<TranslationLinkResponse> translations(List<SitePage> others, UriInfo request) {
        return others.stream().filter(other -> routes.languages().contains(other.language()))
                .sorted(Comparator.comparingInt(other -> order(other.language())))
                .map(other -> link(request, other.language(), other.slug().value())).toList();
    }

    private TranslationLinkResponse link(UriInfo request, Language language, String slug) {
        return TranslationLinkResponse.of(routes, request, language, slug, "/pages/" + slug);
    }

    /** The languages in the site's order, the default first. */
    private int order(Language language) {
        int index = routes.languages().all().indexOf(language);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
