package org.hrcities.platform.application.port.in.page;

import java.util.List;
import org.hrcities.platform.domain.page.SitePage;

/** Every visitor page shows the navigation menu: the published pages given a menu position. */
@FunctionalInterface
public interface ReadSiteMenuUseCase {

    /** The published pages of the menu, by position, then title. */
    List<SitePage> readMenu();
}
