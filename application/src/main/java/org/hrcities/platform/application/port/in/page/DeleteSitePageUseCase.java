package org.hrcities.platform.application.port.in.page;

/** Editors delete a page for good. */
public interface DeleteSitePageUseCase {

    /**
     * @throws SitePageNotFoundException if no page has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the page changed since it was read
     */
    void deletePage(SitePageVersion page);
}
