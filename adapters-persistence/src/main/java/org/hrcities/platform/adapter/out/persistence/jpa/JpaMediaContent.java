package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.domain.media.MediaId;

/**
 * The bytes of media files in the {@code media_content} table, written and read in the calling
 * transaction: a rollback takes a stored or deleted content back with everything else. Replacing and
 * deleting go straight to the row, so that the old bytes are never loaded, and reading selects the
 * bytes alone; no row stays in the persistence context, and the entity is kept out of the shared cache.
 */
final class JpaMediaContent implements MediaContentPort {

    private final JpaTransactions transactions;

    JpaMediaContent(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void store(MediaId id, byte[] bytes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        EntityManager em = transactions.entityManager();
        int replaced = em.createQuery("UPDATE MediaContentJpaEntity c SET c.bytes = :bytes, c.version = c.version + 1"
                        + " WHERE c.mediaId = :id")
                .setParameter("bytes", bytes.clone())
                .setParameter("id", id.value())
                .executeUpdate();
        if (replaced == 0) {
            MediaContentJpaEntity row = StoredRows.insert(em, new MediaContentJpaEntity(id.value()), "media content", id);
            row.bytes = bytes.clone();
            Flushing.flush(em, null, null, "media content", id);
        }
    }

    @Override
    public Optional<byte[]> read(MediaId id) {
        return transactions.entityManager()
                .createQuery("SELECT c.bytes FROM MediaContentJpaEntity c WHERE c.mediaId = :id", byte[].class)
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(byte[]::clone);
    }

    @Override
    public void delete(MediaId id) {
        transactions.entityManager().createQuery("DELETE FROM MediaContentJpaEntity c WHERE c.mediaId = :id")
                .setParameter("id", id.value())
                .executeUpdate();
    }
}
