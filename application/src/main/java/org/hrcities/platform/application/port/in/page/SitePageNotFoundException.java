package org.hrcities.platform.application.port.in.page;

import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * No page is there: for editors, none has the id; for visitors, no published page answers at the
 * slug (a draft is not there for them). One exception for every use case that looks a page up.
 */
public class SitePageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SitePageId id;

    /** No page has the id. */
    public SitePageNotFoundException(SitePageId id) {
        super("no page has the id " + id);
        this.id = id;
    }

    /** No published page answers at the slug. */
    public SitePageNotFoundException(Slug slug) {
        super("no page has the slug \"" + slug + "\"");
        this.id = null;
    }

    /** No published page of {@code language} answers at the slug. */
    public SitePageNotFoundException(Language language, Slug slug) {
        super("no page in " + language.code() + " has the slug \"" + slug + "\"");
        this.id = null;
    }

    /** The id looked for; null when the page was looked for by its slug. */
    public SitePageId id() {
        return id;
    }
}
