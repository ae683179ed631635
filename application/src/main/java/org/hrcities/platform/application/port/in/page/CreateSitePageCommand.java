package org.hrcities.platform.application.port.in.page;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;

/**
 * An editor adds a page in {@code language} (null: the site's default language), a draft unless
 * {@code publish} says to publish it at once.
 */
public record CreateSitePageCommand(SitePageInput page, Language language, boolean publish) {

    public CreateSitePageCommand {
        Objects.requireNonNull(page, "page");
    }

    /** A page in the site's default language. */
    public CreateSitePageCommand(SitePageInput page, boolean publish) {
        this(page, null, publish);
    }
}
