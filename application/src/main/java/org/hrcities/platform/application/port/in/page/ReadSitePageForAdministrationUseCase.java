package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePageId;

/** Editors open one page, draft or published, with its version and its translations, to change it. */
public interface ReadSitePageForAdministrationUseCase {

    /** @throws SitePageNotFoundException if no page has the id */
    SitePageForAdministration readPageForAdministration(SitePageId id);
}
