package org.hrcities.platform.application.port.in.page;

import java.util.Objects;

/** An editor adds a page, a draft unless {@code publish} says to publish it at once. */
public record CreateSitePageCommand(SitePageInput page, boolean publish) {

    public CreateSitePageCommand {
        Objects.requireNonNull(page, "page");
    }
}
