package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePage;

/** Editors add a page. */
public interface CreateSitePageUseCase {

    /**
     * Stores a new page; without a slug, the slug is derived from the title.
     *
     * @return the page as stored
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another page has the slug
     */
    SitePage createPage(CreateSitePageCommand command);
}
