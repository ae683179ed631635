package org.hrcities.platform.adapter.in.web.site;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.hrcities.platform.application.port.in.page.ReadSiteMenuUseCase;

/**
 * Renders the visitors' pages with what every one of them shows besides its own model: the
 * navigation menu of published pages, read afresh for each page rendered (a rendered page is kept by
 * the page store until the content changes, a page edit included). Every visitor template takes
 * {@code menu} and hands it to the layout.
 */
public final class VisitorTemplates {

    private final ReadSiteMenuUseCase menu;

    public VisitorTemplates(ReadSiteMenuUseCase menu) {
        this.menu = Objects.requireNonNull(menu);
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
        return menu.readMenu().stream().map(MenuLink::of).toList();
    }
}
