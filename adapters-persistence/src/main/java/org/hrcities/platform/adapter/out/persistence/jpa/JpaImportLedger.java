package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.ImportLedgerPort;

/** The import ledger in the {@code import_ledger} table. */
final class JpaImportLedger implements ImportLedgerPort {

    static final int IDS_PER_QUERY = 500;

    private final JpaTransactions transactions;

    JpaImportLedger(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Entry> find(String source, Kind kind, String sourceId) {
        return Optional.ofNullable(transactions.entityManager().find(ImportLedgerJpaEntity.class,
                new ImportLedgerJpaEntity.Key(source, kind.name(), sourceId))).map(JpaImportLedger::toEntry);
    }

    @Override
    public Optional<Entry> findAnySource(Kind kind, String sourceId) {
        return transactions.entityManager().createQuery("SELECT e FROM ImportLedgerJpaEntity e"
                        + " WHERE e.kind = :kind AND e.sourceId = :sourceId ORDER BY e.recordedAt DESC",
                        ImportLedgerJpaEntity.class)
                .setParameter("kind", kind.name()).setParameter("sourceId", sourceId)
                .setMaxResults(1).getResultStream().findFirst().map(JpaImportLedger::toEntry);
    }

    /** In slices of {@link #IDS_PER_QUERY} ids, each one query. */
    @Override
    public Map<String, Entry> findAll(String source, Kind kind, Collection<String> sourceIds) {
        Map<String, Entry> found = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(sourceIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            transactions.entityManager().createQuery("SELECT e FROM ImportLedgerJpaEntity e"
                            + " WHERE e.source = :source AND e.kind = :kind AND e.sourceId IN :ids", ImportLedgerJpaEntity.class)
                    .setParameter("source", source).setParameter("kind", kind.name())
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .getResultList().forEach(row -> found.put(row.sourceId, toEntry(row)));
        }
        return found;
    }

    @Override
    public void add(Entry entry) {
        ImportLedgerJpaEntity row = new ImportLedgerJpaEntity(entry.source(), entry.kind().name(), entry.sourceId());
        row.targetId = entry.targetId();
        row.fingerprint = entry.fingerprint();
        row.recordedAt = System.currentTimeMillis();
        transactions.entityManager().persist(row);
    }

    @Override
    public void record(Entry entry) {
        EntityManager em = transactions.entityManager();
        ImportLedgerJpaEntity row = em.find(ImportLedgerJpaEntity.class,
                new ImportLedgerJpaEntity.Key(entry.source(), entry.kind().name(), entry.sourceId()));
        if (row == null) {
            row = new ImportLedgerJpaEntity(entry.source(), entry.kind().name(), entry.sourceId());
            em.persist(row);
        }
        row.targetId = entry.targetId();
        row.fingerprint = entry.fingerprint();
        row.recordedAt = System.currentTimeMillis();
    }

    private static Entry toEntry(ImportLedgerJpaEntity row) {
        return new Entry(row.source, Kind.valueOf(row.kind), row.sourceId, row.targetId, row.fingerprint);
    }
}
