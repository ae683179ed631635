package org.hrcities.platform.application.port.in.page;

import java.util.Objects;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;

/**
 * An editor replaces what a page says and where it stands in the menu, as read at
 * {@code expectedVersion}, and publishes or unpublishes it in the same step when {@code status} says
 * so (null: the page keeps its status).
 */
public record EditSitePageCommand(SitePageId id, long expectedVersion, SitePageInput page, SitePageStatus status) {

    public EditSitePageCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        SitePageVersion.check(expectedVersion);
    }
}
