package org.hrcities.platform.adapter.in.web.site;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.adapter.in.web.render.Frame;
import org.hrcities.platform.adapter.in.web.render.MenuLink;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.page.ReadSiteMenuUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Renders the visitors' pages with what every one of them shows besides its own model, the
 * {@link Frame}: the page's language, the navigation menu of published pages (read afresh for each page
 * rendered; a rendered page is kept by the page store until the content changes, a page edit included)
 * and the page's addresses in the other languages. Every visitor template takes {@code frame} and
 * hands it to the layout.
 */
public final class VisitorTemplates {

    private final ReadSiteMenuUseCase menu;
    private final LanguageRoutes routes;

    public VisitorTemplates(ReadSiteMenuUseCase menu, LanguageRoutes routes) {
        this.menu = Objects.requireNonNull(menu);
        this.routes = Objects.requireNonNull(routes);
    }

    /** The templates of a site in English alone. */
    public VisitorTemplates(ReadSiteMenuUseCase menu) {
        this(menu, new LanguageRoutes(SiteLanguages.only(Language.parse("en"))));
    }

    public LanguageRoutes routes() {
        return routes;
    }

    /** The languages the site is written in. */
    public SiteLanguages languages() {
        return routes.languages();
    }

    /** The language a request's page is shown in, chosen by its address. */
    public Language language(UriInfo request) {
        return routes.of(request);
    }

    /** The frame of a page that every language of the site has at the same path (a list, a city's page). */
    public Frame frame(UriInfo request) {
        String path = "/" + stripSlash(request.getPath() == null ? "" : request.getPath());
        Map<Language, String> everywhere = new LinkedHashMap<>();
        routes.languages().all().forEach(language -> everywhere.put(language, path));
        return frame(request, everywhere);
    }

    /** The frame of a page that exists at {@code translations} (paths without language), its own included. */
    public Frame frame(UriInfo request, Map<Language, String> translations) {
        Language language = routes.of(request);
        URI base = routes.siteBase(request);
        return new Frame(routes, language, menu(language), translations, base == null ? "" : base.toString());
    }

    /** The frame of a page in no other language (a form's answer, a notice). */
    public Frame alone(UriInfo request) {
        return frame(request, Map.of());
    }

    /** Renders {@code name} with its model as {@code page} in {@code frame}, naming its canonical address. */
    public byte[] render(String name, Object page, Frame frame, URI canonical) {
        return Templates.render(name, Map.of("page", page, "canonical", canonical.toString(), "frame", frame));
    }

    /** Renders {@code name}, a page without a canonical address, with its model as {@code page}. */
    public byte[] render(String name, Object page, Frame frame) {
        return Templates.render(name, Map.of("page", page, "frame", frame));
    }

    /** The entries of the navigation menu in {@code language}, in order. */
    public List<MenuLink> menu(Language language) {
        return menu.readMenu(language).stream().map(MenuLink::of).toList();
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
