package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/** Partner cities in memory. */
final class InMemoryPartnerCityRepository implements PartnerCityRepository {

    private final InMemoryTransactions transactions;
    private final Map<PartnerCityId, PartnerCity> byId = new ConcurrentHashMap<>();

    InMemoryPartnerCityRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(PartnerCity city) {
        transactions.lockForWrite();
        PartnerCity stored = byId.get(city.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (city.version() != storedVersion) {
            throw new ConcurrentUpdateException("partner city", city.id());
        }
        boolean slugTaken = byId.values().stream()
                .anyMatch(other -> other.slug().equals(city.slug()) && !other.id().equals(city.id()));
        if (slugTaken) {
            throw new SlugAlreadyTakenException("partner city", city.slug());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(city.id());
            } else {
                byId.put(city.id(), stored);
            }
        });
        byId.put(city.id(), Snapshots.copy(city, storedVersion + 1));
    }

    @Override
    public Optional<PartnerCity> findById(PartnerCityId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(city -> Snapshots.copy(city, city.version()));
    }

    @Override
    public Optional<PartnerCity> findBySlug(Slug slug) {
        transactions.requireTransaction();
        return byId.values().stream().filter(city -> city.slug().equals(slug)).findFirst()
                .map(city -> Snapshots.copy(city, city.version()));
    }

    @Override
    public List<PartnerCity> findAll() {
        transactions.requireTransaction();
        return byId.values().stream()
                .sorted(Comparator.comparing(PartnerCity::name).thenComparing(city -> city.id().value(), Snapshots.UUID_BYTE_ORDER))
                .map(city -> Snapshots.copy(city, city.version()))
                .toList();
    }

    @Override
    public List<PartnerCity> findCurrent() {
        return findAll().stream().filter(city -> !city.isRetired()).toList();
    }

    @Override
    public List<PartnerCity> findAllById(Collection<PartnerCityId> ids) {
        transactions.requireTransaction();
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull)
                .map(city -> Snapshots.copy(city, city.version())).toList();
    }

    @Override
    public long count() {
        transactions.requireTransaction();
        return byId.size();
    }
}
