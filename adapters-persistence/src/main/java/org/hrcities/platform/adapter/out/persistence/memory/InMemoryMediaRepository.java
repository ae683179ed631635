package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** What is known about media files, in memory. */
final class InMemoryMediaRepository implements MediaRepository {

    /** As the databases list them: newest first, ties broken by id, descending in byte order. */
    private static final Comparator<MediaFile> NEWEST_FIRST = Comparator.comparing(MediaFile::uploadedAt)
            .thenComparing(file -> file.id().value(), Snapshots.UUID_BYTE_ORDER).reversed();

    private final InMemoryTransactions transactions;
    private final Map<MediaId, MediaFile> byId = new ConcurrentHashMap<>();

    InMemoryMediaRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(MediaFile file) {
        transactions.lockForWrite();
        MediaFile stored = byId.get(file.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (file.version() != storedVersion) {
            throw new ConcurrentUpdateException("media file", file.id());
        }
        boolean sha256Taken = byId.values().stream()
                .anyMatch(other -> other.sha256().equals(file.sha256()) && !other.id().equals(file.id()));
        if (sha256Taken) {
            throw new ConcurrentUpdateException("media file", file.id());
        }
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(file.id());
            } else {
                byId.put(file.id(), stored);
            }
        });
        byId.put(file.id(), Snapshots.copy(file, storedVersion + 1));
    }

    @Override
    public void delete(MediaFile file) {
        transactions.lockForWrite();
        MediaFile stored = byId.get(file.id());
        if (stored == null || stored.version() != file.version()) {
            throw new ConcurrentUpdateException("media file", file.id());
        }
        transactions.onRollback(() -> byId.put(file.id(), stored));
        byId.remove(file.id());
    }

    @Override
    public Optional<MediaFile> findById(MediaId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(file -> Snapshots.copy(file, file.version()));
    }

    @Override
    public List<MediaFile> findAllById(Collection<MediaId> ids) {
        transactions.requireTransaction();
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull)
                .map(file -> Snapshots.copy(file, file.version())).toList();
    }

    @Override
    public Optional<MediaFile> findBySha256(String sha256) {
        transactions.requireTransaction();
        return byId.values().stream().filter(file -> file.sha256().equals(sha256)).findFirst()
                .map(file -> Snapshots.copy(file, file.version()));
    }

    @Override
    public List<MediaFile> findNewest(int offset, int limit) {
        transactions.requireTransaction();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return byId.values().stream().sorted(NEWEST_FIRST).skip(offset).limit(limit)
                .map(file -> Snapshots.copy(file, file.version())).toList();
    }

    @Override
    public long count() {
        transactions.requireTransaction();
        return byId.size();
    }
}
