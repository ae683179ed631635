package org.hrcities.platform.application.service.page;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.page.ReadSiteMenuUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Presents the site's pages to visitors: one published page, the navigation menu, and the list of
 * published pages. Drafts are never shown; a draft's slug answers as if there were no page.
 */
public class SitePageReadingService implements ReadSitePageUseCase, ReadSiteMenuUseCase, ListPublishedPagesUseCase {

    private final SitePageRepository pages;
    private final TransactionPort transactions;

    public SitePageReadingService(SitePageRepository pages, TransactionPort transactions) {
        this.pages = Objects.requireNonNull(pages);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public SitePage readPublishedPage(Slug slug) {
        return transactions.inTransaction(() -> pages.findBySlug(slug))
                .filter(SitePage::isPublished)
                .orElseThrow(() -> new SitePageNotFoundException(slug));
    }

    @Override
    public List<SitePage> readMenu() {
        return transactions.inTransaction(pages::findPublishedInMenu);
    }

    @Override
    public List<SitePage> listPublishedPages() {
        return transactions.inTransaction(pages::findAll).stream().filter(SitePage::isPublished).toList();
    }
}
