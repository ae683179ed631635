package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePage;

/** Editors add a page. */
public interface CreateSitePageUseCase {

    /**
     * Stores a new page in a translation group of its own; without a slug, the slug is derived from
     * the title.
     *
     * @return the page as stored
     * @throws org.hrcities.platform.domain.shared.InvalidValueException ({@code language}) if the site is
     *         not written in the command's language
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another page of the
     *         language has the slug
     */
    SitePage createPage(CreateSitePageCommand command);
}
