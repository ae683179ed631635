package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;

/**
 * What an editor says about a page. It validates itself: a bad value throws
 * {@link InvalidValueException} naming its field ({@code title}, {@code body}, {@code menuPosition}).
 * The body is Markdown and may be empty. A null slug is derived from the title for a new page and
 * left as it is for a stored one; a null {@code menuPosition} keeps the page out of the menu.
 */
public record SitePageInput(Slug slug, String title, String body, Integer menuPosition) {

    public SitePageInput {
        title = Text.requireSingleLine("title", title, SitePage.MAX_TITLE_LENGTH);
        body = Text.optionalMultiLine("body", body, SitePage.MAX_BODY_BYTES);
        if (menuPosition != null && menuPosition < 0) {
            throw new InvalidValueException("menuPosition", "menuPosition must be 0 or more");
        }
    }
}
