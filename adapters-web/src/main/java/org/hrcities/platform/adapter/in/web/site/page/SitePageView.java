package org.hrcities.platform.adapter.in.web.site.page;

import org.hrcities.platform.adapter.in.web.render.MenuLink;
import org.hrcities.platform.adapter.in.web.render.SafeHtml;

/** A published page as visitors read it: its title and its body rendered from Markdown. */
public record SitePageView(String slug, String title, SafeHtml body) {

    public String href() {
        return "/pages/" + slug;
    }

    /** The layout's section, so that the menu marks this page's entry. */
    public String section() {
        return MenuLink.sectionOf(slug);
    }
}
