package org.hrcities.platform.application.port.in.page;

import java.util.List;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;

/** The sitemap and the JSON API list the published pages, in the menu or not. */
public interface ListPublishedPagesUseCase {

    /** The published pages of every language of the site, by title. */
    List<SitePage> listPublishedPages();

    /** The published pages of {@code language}, by title. */
    List<SitePage> listPublishedPages(Language language);
}
