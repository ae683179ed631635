package org.hrcities.platform.adapter.out.persistence.memory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.domain.media.MediaId;

/**
 * The bytes of media files, in memory. Arrays are copied in and out, so that nobody changes the
 * stored bytes but through {@link #store}; writes are undone when their transaction fails.
 */
final class InMemoryMediaContent implements MediaContentPort {

    private final InMemoryTransactions transactions;
    private final Map<MediaId, byte[]> byId = new ConcurrentHashMap<>();

    InMemoryMediaContent(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void store(MediaId id, byte[] bytes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        transactions.lockForWrite();
        byte[] stored = byId.get(id);
        transactions.onRollback(() -> restore(id, stored));
        byId.put(id, bytes.clone());
    }

    @Override
    public Optional<byte[]> read(MediaId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(byte[]::clone);
    }

    @Override
    public void delete(MediaId id) {
        transactions.lockForWrite();
        byte[] stored = byId.get(id);
        if (stored == null) {
            return;
        }
        transactions.onRollback(() -> restore(id, stored));
        byId.remove(id);
    }

    private void restore(MediaId id, byte[] stored) {
        if (stored == null) {
            byId.remove(id);
        } else {
            byId.put(id, stored);
        }
    }
}
