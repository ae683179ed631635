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
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;

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
        boolean slugTaken = byId.values().stream().anyMatch(other -> !other.id().equals(page.id())
                && other.language().equals(page.language()) && other.slug().equals(page.slug()));
        if (slugTaken) {
            throw new SlugAlreadyTakenException("page", page.slug());
        }
        boolean translated = byId.values().stream().anyMatch(other -> !other.id().equals(page.id())
                && other.translationGroup().equals(page.translationGroup()) && other.language().equals(page.language()));
        if (translated) {
            throw new TranslationAlreadyExistsException("page", page.language());
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
    public Optional<SitePage> findBySlug(Language language, Slug slug) {
        transactions.requireTransaction();
        return byId.values().stream().filter(page -> page.language().equals(language) && page.slug().equals(slug))
                .findFirst().map(page -> Snapshots.copy(page, page.version()));
    }

    @Override
    public List<SitePage> findTranslations(SitePageId group) {
        transactions.requireTransaction();
        return byId.values().stream()
                .filter(page -> page.translationGroup().equals(group))
                .sorted(Comparator.comparing(SitePage::language))
                .map(page -> Snapshots.copy(page, page.version()))
                .toList();
    }

    @Override
    public List<SitePage> findPublished(Language language) {
        transactions.requireTransaction();
        return byId.values().stream()
                .filter(page -> page.isPublished() && page.language().equals(language))
                .sorted(BY_TITLE)
                .map(page -> Snapshots.copy(page, page.version()))
                .toList();
    }

    @Override
    public List<SitePage> findPublishedInMenu(Language language) {
        transactions.requireTransaction();
        return byId.values().stream()
                .filter(page -> page.isInMenu() && page.language().equals(language))
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
