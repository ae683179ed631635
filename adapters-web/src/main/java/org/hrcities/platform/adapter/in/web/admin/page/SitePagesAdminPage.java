package org.hrcities.platform.adapter.in.web.admin.page;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Every page, drafts included, by title, for editors, with a notice after a change; each page's language
 * and address under its language's prefix ({@code /fr/pages/...}).
 */
public record SitePagesAdminPage(AdminNav nav, List<SitePage> pages, String notice, SiteLanguages languages) {

    /** The list on a site in English alone. */
    public SitePagesAdminPage(AdminNav nav, List<SitePage> pages, String notice) {
        this(nav, pages, notice, SiteLanguages.only(new Language("en")));
    }

    /** Whether the site is written in more than one language, so that the list says each page's. */
    public boolean hasLanguages() {
        return languages.all().size() > 1;
    }

    /** Where visitors read {@code page}: {@code /pages/about}, {@code /fr/pages/a-propos}. */
    public String publicPath(SitePage page) {
        return new LanguageRoutes(languages).prefix(page.language()) + "/pages/" + page.slug().value();
    }
}
