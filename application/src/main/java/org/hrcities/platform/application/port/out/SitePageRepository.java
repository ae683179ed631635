package org.hrcities.platform.application.port.out;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Stores the site's pages. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface SitePageRepository {

    /**
     * Stores a new page (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored page is no longer at {@code page.version()},
     *         or a new page's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another page has the slug
     */
    void save(SitePage page);

    /**
     * Deletes the page if it is still at {@code page.version()}.
     *
     * @throws ConcurrentUpdateException if the page changed or was deleted since it was read
     */
    void delete(SitePage page);

    Optional<SitePage> findById(SitePageId id);

    Optional<SitePage> findBySlug(Slug slug);

    /** The published pages with a menu position, by position, then title (ties broken by id). */
    List<SitePage> findPublishedInMenu();

    /** Every page, published or not, by title (ties broken by id): the editors' list. */
    List<SitePage> findAll();

    long count();
}
