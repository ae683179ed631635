package org.hrcities.platform.application.port.in.page;

import java.util.Objects;
import org.hrcities.platform.domain.page.SitePageId;

/** An editor replaces what a page says and where it stands in the menu, as read at {@code expectedVersion}. */
public record EditSitePageCommand(SitePageId id, long expectedVersion, SitePageInput page) {

    public EditSitePageCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        SitePageVersion.check(expectedVersion);
    }
}
