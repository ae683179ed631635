package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePage;

/** Editors change a page's title, slug, body or menu position, and its status when the command names one. */
public interface EditSitePageUseCase {

    /**
     * @return the page as stored, at its new version
     * @throws SitePageNotFoundException if no page has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the page is no longer at
     *         the expected version: nothing is changed
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another page has the slug
     */
    SitePage editPage(EditSitePageCommand command);
}
