package org.hrcities.platform.adapter.in.web.site;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.application.port.in.page.ReadSiteMenuUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Renders the visitors' pages with what every one of them shows besides its own model: the
 * navigation menu of published pages, read afresh for each page rendered (a rendered page is kept by
 * the page store until the content changes, a page edit included). Every visitor template takes
 * {@code menu} and hands it to the layout.
 */
public final class VisitorTemplates {

    private final ReadSiteMenuUseCase menu;
    private final SiteLanguages languages;

    public VisitorTemplates(ReadSiteMenuUseCase menu, SiteLanguages languages) {
        this.menu = Objects.requireNonNull(menu);
        this.languages = Objects.requireNonNull(languages);
    }

    /** The templates of a site written in English only. */
    public VisitorTemplates(ReadSiteMenuUseCase menu) {
        this(menu, SiteLanguages.only(new Language("en")));
    }

    /** The languages the site is written in; its pages are shown in the default one for now. */
    public SiteLanguages languages() {
        return languages;
    }

    /** Renders {@code name} with its model as {@code page}, naming its canonical address. */
    public byte[] render(String name, Object page, URI canonical) {
        return Templates.render(name, Map.of("page", page, "canonical", canonical.toString(), "menu", menu()));
    }

    /** Renders {@code name}, a page without a canonical address, with its model as {@code page}. */
    public byte[] render(String name, Object page) {
        return Templates.render(name, Map.of("page", page, "menu", menu()));
    }

    /** The entries of the navigation menu, in order. */
    public List<MenuLink> menu() {
        return menu.readMenu(languages.defaultLanguage()).stream().map(MenuLink::of).toList();
    }
}
