package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hrcities.platform.application.port.out.ImportLedgerPort;

/** The import ledger in memory. */
final class InMemoryImportLedger implements ImportLedgerPort {

    private final InMemoryTransactions transactions;
    private final Map<Key, Recorded> entries = new ConcurrentHashMap<>();
    private final AtomicLong order = new AtomicLong();

    InMemoryImportLedger(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Entry> find(String source, Kind kind, String sourceId) {
        transactions.requireTransaction();
        return Optional.ofNullable(entries.get(new Key(source, kind, sourceId))).map(Recorded::entry);
    }

    @Override
    public Optional<Entry> findAnySource(Kind kind, String sourceId) {
        transactions.requireTransaction();
        return entries.values().stream()
                .filter(recorded -> recorded.entry().kind() == kind && recorded.entry().sourceId().equals(sourceId))
                .max((a, b) -> Long.compare(a.order(), b.order())).map(Recorded::entry);
    }

    @Override
    public Map<String, Entry> findAll(String source, Kind kind, Collection<String> sourceIds) {
        transactions.requireTransaction();
        Map<String, Entry> found = new HashMap<>();
        for (String id : sourceIds) {
            Recorded recorded = entries.get(new Key(source, kind, id));
            if (recorded != null) {
                found.put(id, recorded.entry());
            }
        }
        return found;
    }

    @Override
    public void add(Entry entry) {
        if (entries.containsKey(new Key(entry.source(), entry.kind(), entry.sourceId()))) {
            throw new IllegalStateException("the item " + entry.sourceId() + " is recorded already");
        }
        record(entry);
    }

    @Override
    public void record(Entry entry) {
        transactions.lockForWrite();
        Key key = new Key(entry.source(), entry.kind(), entry.sourceId());
        Recorded before = entries.get(key);
        transactions.onRollback(() -> {
            if (before == null) {
                entries.remove(key);
            } else {
                entries.put(key, before);
            }
        });
        entries.put(key, new Recorded(entry, order.incrementAndGet()));
    }

    private record Key(String source, Kind kind, String sourceId) {
    }

    private record Recorded(Entry entry, long order) {
    }
}
