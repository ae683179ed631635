package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** What is known about media files, in the {@code media_files} table. */
final class JpaMediaRepository implements MediaRepository {

    private final JpaTransactions transactions;

    JpaMediaRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    /** A SHA-256 stored already is a duplicate key (uq_media_files_sha256): a concurrent update, as a taken id is. */
    @Override
    public void save(MediaFile file) {
        EntityManager em = transactions.entityManager();
        MediaFileJpaEntity row = StoredRows.atVersion(em, MediaFileJpaEntity.class, file.id().value(), file.version(),
                stored -> stored.version, "media file", file.id());
        if (row == null) {
            row = StoredRows.insert(em, new MediaFileJpaEntity(file.id().value()), "media file", file.id());
        }
        MediaFileJpaMapper.copyInto(file, row);
        Flushing.flush(em, null, null, "media file", file.id());
    }

    @Override
    public void delete(MediaFile file) {
        EntityManager em = transactions.entityManager();
        MediaFileJpaEntity row = em.find(MediaFileJpaEntity.class, file.id().value());
        if (row == null || row.version != file.version()) {
            throw new ConcurrentUpdateException("media file", file.id());
        }
        em.remove(row);
        Flushing.flush(em, null, null, "media file", file.id());
    }

    @Override
    public Optional<MediaFile> findById(MediaId id) {
        return Optional.ofNullable(transactions.entityManager().find(MediaFileJpaEntity.class, id.value()))
                .map(MediaFileJpaMapper::toDomain);
    }

    @Override
    public List<MediaFile> findAllById(Collection<MediaId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.entityManager()
                .createQuery("SELECT m FROM MediaFileJpaEntity m WHERE m.id IN :ids", MediaFileJpaEntity.class)
                .setParameter("ids", ids.stream().map(MediaId::value).distinct().toList())
                .getResultList().stream().map(MediaFileJpaMapper::toDomain).toList();
    }

    @Override
    public Optional<MediaFile> findBySha256(String sha256) {
        return transactions.entityManager()
                .createQuery("SELECT m FROM MediaFileJpaEntity m WHERE m.sha256 = :sha256", MediaFileJpaEntity.class)
                .setParameter("sha256", sha256)
                .getResultStream().findFirst().map(MediaFileJpaMapper::toDomain);
    }

    /** Read through the index {@code (uploaded_at DESC, id DESC)}. */
    @Override
    public List<MediaFile> findNewest(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return transactions.entityManager()
                .createQuery("SELECT m FROM MediaFileJpaEntity m ORDER BY m.uploadedAt DESC, m.id DESC",
                        MediaFileJpaEntity.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(MediaFileJpaMapper::toDomain).toList();
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(m) FROM MediaFileJpaEntity m", Long.class)
                .getSingleResult();
    }
}
