package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/** Pages in memory. */
final class InMemorySitePageRepository implements SitePageRepository {

    private static final Comparator<SitePage> BY_TITLE = Comparator.comparing(SitePage::title)
            .thenComparing(page -> page.id().value(), Snapshots.UUID_BYTE_ORDER);

    private final InMemoryTransactions transactions;
    private final Map<SitePageId, SitePage> byId = new ConcurrentHashMap<>();

    InMemorySitePageRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(SitePage page) {
        transactions.lockForWrite();
        SitePage stored = byId.get(page.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (page.version() != storedVersion) {
            throw new ConcurrentUpdateException("page", page.id());
        }
        boolean slugTaken = byId.values().stream()
                .anyMatch(other -> other.slug().equals(page.slug()) && !other.id().equals(page.id()));
        if (slugTaken) {
            throw new SlugAlreadyTakenException("page", page.slug());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(page.id());
            } else {
                byId.put(page.id(), stored);
            }
        });
        byId.put(page.id(), Snapshots.copy(page, storedVersion + 1));
    }

    @Override
    public void delete(SitePage page) {
        transactions.lockForWrite();
        SitePage stored = byId.get(page.id());
        if (stored == null || stored.version() != page.version()) {
            throw new ConcurrentUpdateException("page", page.id());
        }
        transactions.onRollback(() -> byId.put(page.id(), stored));
        byId.remove(page.id());
    }

    @Override
    public Optional<SitePage> findById(SitePageId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(page -> Snapshots.copy(page, page.version()));
    }

    @Override
    public Optional<SitePage> findBySlug(Slug slug) {
        transactions.requireTransaction();
        return byId.values().stream().filter(page -> page.slug().equals(slug)).findFirst()
                .map(page -> Snapshots.copy(page, page.version()));
    }

    @Override
    public List<SitePage> findPublishedInMenu() {
        transactions.requireTransaction();
        return byId.values().stream()
                .filter(SitePage::isInMenu)
                .sorted(Comparator.comparing((SitePage page) -> page.menuPosition().orElseThrow()).thenComparing(BY_TITLE))
                .map(page -> Snapshots.copy(page, page.version()))
                .toList();
    }

    @Override
    public List<SitePage> findAll() {
        transactions.requireTransaction();
        return byId.values().stream().sorted(BY_TITLE).map(page -> Snapshots.copy(page, page.version())).toList();
    }

    @Override
    public long count() {
        transactions.requireTransaction();
        return byId.size();
    }
}
