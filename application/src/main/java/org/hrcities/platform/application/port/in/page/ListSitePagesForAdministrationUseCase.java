package org.hrcities.platform.application.port.in.page;

import java.util.List;
import org.hrcities.platform.domain.page.SitePage;

/** Editors list every page, drafts included. */
public interface ListSitePagesForAdministrationUseCase {

    /** Every page, by title. */
    List<SitePage> listPagesForAdministration();
}
