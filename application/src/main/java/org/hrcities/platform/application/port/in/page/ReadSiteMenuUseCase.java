package org.hrcities.platform.application.port.in.page;

import java.util.List;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;

/**
 * Every visitor page shows the navigation menu of its language: the published pages of that
 * language given a menu position.
 */
@FunctionalInterface
public interface ReadSiteMenuUseCase {

    /** The published pages of {@code language} in the menu, by position, then title. */
    List<SitePage> readMenu(Language language);
}
