package org.hrcities.platform.adapter.in.web.render;

import org.hrcities.platform.domain.page.SitePage;

/** A page as an entry of the site's navigation menu. */
public record MenuLink(String slug, String title) {

    public static MenuLink of(SitePage page) {
        return new MenuLink(page.slug().value(), page.title());
    }

    public String href() {
        return "/pages/" + slug;
    }

    /** The section a page's template names, so that the menu marks the entry of the page shown. */
    public String section() {
        return sectionOf(slug);
    }

    public static String sectionOf(String slug) {
        return "page:" + slug;
    }
}
