package org.hrcities.platform.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequest;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** Data requests in memory. */
final class InMemoryDataRequestRepository implements DataRequestRepository {

    private static final Comparator<DataRequest> NEWEST_FIRST = Comparator.comparing(DataRequest::requestedAt)
            .thenComparing(request -> request.id().value(), Snapshots.UUID_BYTE_ORDER).reversed();

    private final InMemoryTransactions transactions;
    private final Map<DataRequestId, DataRequest> byId = new ConcurrentHashMap<>();

    InMemoryDataRequestRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(DataRequest request) {
        transactions.lockForWrite();
        DataRequest stored = byId.get(request.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (request.version() != storedVersion) {
            throw new ConcurrentUpdateException("data request", request.id());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(request.id());
            } else {
                byId.put(request.id(), stored);
            }
        });
        byId.put(request.id(), copy(request, storedVersion + 1));
    }

    @Override
    public Optional<DataRequest> findById(DataRequestId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(request -> copy(request, request.version()));
    }

    @Override
    public Page<DataRequest> findRecent(PageRequest page) {
        transactions.requireTransaction();
        return Page.of(byId.values().stream().sorted(NEWEST_FIRST).toList(), page)
                .map(request -> copy(request, request.version()));
    }

    @Override
    public long countForEmailSince(EmailAddress email, Instant since) {
        transactions.requireTransaction();
        String key = email.value().toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(request -> !request.requestedAt().isBefore(since))
                .filter(request -> request.email().value().toLowerCase(Locale.ROOT).equals(key)).count();
    }

    @Override
    public long countFromSenderSince(String senderAddress, Instant since) {
        transactions.requireTransaction();
        return byId.values().stream().filter(request -> !request.requestedAt().isBefore(since))
                .filter(request -> request.senderAddress().filter(senderAddress::equals).isPresent()).count();
    }

    @Override
    public int forgetSenderAddressesBefore(Instant before, int limit) {
        transactions.lockForWrite();
        List<DataRequest> due = byId.values().stream()
                .filter(request -> request.requestedAt().isBefore(before) && request.senderAddress().isPresent())
                .sorted(NEWEST_FIRST.reversed()).limit(limit).toList();
        for (DataRequest stored : due) {
            DataRequest changed = copy(stored, stored.version() + 1);
            changed.forgetSenderAddress();
            transactions.onRollback(() -> byId.put(stored.id(), stored));
            byId.put(stored.id(), changed);
        }
        return due.size();
    }

    private static DataRequest copy(DataRequest request, long version) {
        return DataRequest.reconstitute(request.id(), request.kind(), request.email(), request.origin(),
                request.requestedAt(), request.senderAddress().orElse(null), request.confirmedAt().orElse(null),
                request.completedAt().orElse(null), request.anonymisedComments(), request.deletedComments(), version);
    }
}
