package org.hrcities.platform.adapter.in.web.site.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.site.Canonical;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.application.port.in.page.PublishedSitePage;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;

/**
 * The visitors' view of a published page, at {@code /pages/{slug}}: under its own path, so that no
 * page can take the address of a built-in one. A draft's address answers 404 like an unknown one. A
 * page is read in the language of its address ({@code /fr/pages/a-propos} among the French pages) and
 * leads to its published translations (hreflang links, the language switcher), each at its own slug.
 */
@Path("pages")
@ApplicationScoped
public class SitePagesResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private ReadSitePageUseCase readPage;
    private VisitorTemplates templates;

    protected SitePagesResource() {
        // for the container's proxy
    }

    @Inject
    public SitePagesResource(ReadSitePageUseCase readPage, VisitorTemplates templates) {
        this.readPage = readPage;
        this.templates = templates;
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("slug") String slug, @Context UriInfo request) {
        PublishedSitePage published = readPage.readPublishedPage(templates.language(request), Slugs.fromPath(slug, "page"));
        SitePage page = published.page();
        SitePageView model = new SitePageView(page.slug().value(), page.title(), Markdown.toHtml(page.body()));
        Map<Language, String> translations = new LinkedHashMap<>();
        translations.put(page.language(), model.href());
        published.translations().forEach(translation ->
                translations.put(translation.language(), "/pages/" + translation.slug().value()));
        return Representations.ok(templates.render("sitepage.jte", model, templates.frame(request, translations),
                Canonical.of(request, model.href())), HTML, true, Freshness.REVALIDATE).build();
    }
}
