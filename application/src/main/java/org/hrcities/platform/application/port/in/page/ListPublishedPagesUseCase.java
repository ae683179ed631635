package org.hrcities.platform.application.port.in.page;

import java.util.List;
import org.hrcities.platform.domain.page.SitePage;

/** The sitemap and the JSON API list every published page, in the menu or not. */
public interface ListPublishedPagesUseCase {

    /** The published pages, by title. */
    List<SitePage> listPublishedPages();
}
