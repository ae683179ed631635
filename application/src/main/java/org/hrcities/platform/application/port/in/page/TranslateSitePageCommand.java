package org.hrcities.platform.application.port.in.page;

import java.util.Objects;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;

/**
 * An editor translates the page {@code id} into {@code language}: the translation is a new draft
 * that says what {@code page} says (its menu position included; a null slug is derived from the title).
 */
public record TranslateSitePageCommand(SitePageId id, Language language, SitePageInput page) {

    public TranslateSitePageCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        if (language == null) {
            throw new InvalidValueException("language", "language is required");
        }
    }
}
