package org.hrcities.platform.application.service.page;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.page.PublishedSitePage;
import org.hrcities.platform.application.port.in.page.PublishedTranslation;
import org.hrcities.platform.application.port.in.page.ReadSiteMenuUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Presents the site's pages to visitors: one published page with its published translations, the
 * navigation menu of a language, and the lists of published pages. Drafts are never shown; a draft's
 * slug answers as if there were no page. Pages in a language the site is no longer written in are
 * not shown either.
 */
public class SitePageReadingService implements ReadSitePageUseCase, ReadSiteMenuUseCase, ListPublishedPagesUseCase {

    private final SitePageRepository pages;
    private final TransactionPort transactions;
    private final SiteLanguages languages;

    public SitePageReadingService(SitePageRepository pages, TransactionPort transactions, SiteLanguages languages) {
        this.pages = Objects.requireNonNull(pages);
        this.transactions = Objects.requireNonNull(transactions);
        this.languages = Objects.requireNonNull(languages);
    }

    @Override
    public PublishedSitePage readPublishedPage(Language language, Slug slug) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slug, "slug");
        if (!languages.contains(language)) {
            throw new SitePageNotFoundException(language, slug);
        }
        return transactions.inTransaction(() -> {
            SitePage page = pages.findBySlug(language, slug).filter(SitePage::isPublished)
                    .orElseThrow(() -> new SitePageNotFoundException(language, slug));
            List<PublishedTranslation> translations = pages.findTranslations(page.translationGroup()).stream()
                    .filter(other -> !other.id().equals(page.id()) && other.isPublished()
                            && languages.contains(other.language()))
                    .map(PublishedTranslation::of)
                    .toList();
            return new PublishedSitePage(page, translations);
        });
    }

    @Override
    public List<SitePage> readMenu(Language language) {
        Objects.requireNonNull(language, "language");
        return transactions.inTransaction(() -> pages.findPublishedInMenu(language));
    }

    @Override
    public List<SitePage> listPublishedPages() {
        return transactions.inTransaction(pages::findAll).stream()
                .filter(page -> page.isPublished() && languages.contains(page.language()))
                .toList();
    }

    @Override
    public List<SitePage> listPublishedPages(Language language) {
        Objects.requireNonNull(language, "language");
        return transactions.inTransaction(() -> pages.findPublished(language));
    }
}
