package org.hrcities.platform.application.port.out;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Stores the site's pages. Every method must be called inside {@link TransactionPort#inTransaction}.
 * A slug is unique among the pages of one language; a translation group holds at most one page per
 * language.
 */
public interface SitePageRepository {

    /**
     * Stores a new page (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored page is no longer at {@code page.version()},
     *         or a new page's id is already in use
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another page of the same
     *         language has the slug
     * @throws org.hrcities.platform.domain.shared.TranslationAlreadyExistsException if another page of the
     *         same translation group is in the same language
     */
    void save(SitePage page);

    /**
     * Deletes the page if it is still at {@code page.version()}.
     *
     * @throws ConcurrentUpdateException if the page changed or was deleted since it was read
     */
    void delete(SitePage page);

    Optional<SitePage> findById(SitePageId id);

    /** The page of {@code language} at {@code slug}, in any status. */
    Optional<SitePage> findBySlug(Language language, Slug slug);

    /**
     * The pages of the translation group {@code group} (the id of its first page), in any status, by
     * language code: the first page and its translations, or nothing when no page is in the group.
     */
    List<SitePage> findTranslations(SitePageId group);

    /**
     * The navigation menu of {@code language}: its published pages with a menu position, by position,
     * then title (ties broken by id).
     */
    List<SitePage> findPublishedInMenu(Language language);

    /** The published pages of {@code language}, in the menu or not, by title (ties broken by id). */
    List<SitePage> findPublished(Language language);

    /** Every page, published or not, by title (ties broken by id): the editors' list. */
    List<SitePage> findAll();

    long count();
}
