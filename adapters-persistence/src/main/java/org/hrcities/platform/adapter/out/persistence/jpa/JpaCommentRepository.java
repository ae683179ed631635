package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hrcities.platform.application.port.out.CommentFilter;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentHasRepliesException;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/** Comments in the {@code comments} table. */
final class JpaCommentRepository implements CommentRepository {

    private static final String APPROVED = ModerationStatus.APPROVED.name();

    private final JpaTransactions transactions;

    JpaCommentRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Comment comment) {
        EntityManager em = transactions.entityManager();
        CommentJpaEntity row = StoredRows.atVersion(em, CommentJpaEntity.class, comment.id().value(), comment.version(),
                stored -> stored.version, "comment", comment.id());
        if (row == null) {
            row = StoredRows.insert(em, new CommentJpaEntity(comment.id().value()), "comment", comment.id());
        }
        CommentJpaMapper.copyInto(comment, row);
        Flushing.flush(em, null, null, "comment", comment.id());
    }

    @Override
    public void delete(Comment comment) {
        EntityManager em = transactions.entityManager();
        CommentJpaEntity row = em.find(CommentJpaEntity.class, comment.id().value());
        if (row == null || row.version != comment.version()) {
            throw new ConcurrentUpdateException("comment", comment.id());
        }
        long replies = em.createQuery("SELECT COUNT(c) FROM CommentJpaEntity c WHERE c.parentId = :id", Long.class)
                .setParameter("id", comment.id().toString()).getSingleResult();
        if (replies > 0) {
            throw new CommentHasRepliesException(comment.id());
        }
        em.remove(row);
        Flushing.flush(em, null, null, "comment", comment.id());
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return Optional.ofNullable(transactions.entityManager().find(CommentJpaEntity.class, id.value()))
                .map(CommentJpaMapper::toDomain);
    }

    /** Ordered by the whole index {@code (post_id, status, submitted_at, id)}, so that H2 reads it in index order. */
    @Override
    public List<Comment> findApprovedByPost(PostId post) {
        return transactions.entityManager().createQuery("SELECT c FROM CommentJpaEntity c "
                        + "WHERE c.postId = :post AND c.status = :status ORDER BY c.postId, c.status, c.submittedAt, c.id", CommentJpaEntity.class)
                .setParameter("post", post.value()).setParameter("status", APPROVED)
                .getResultList().stream().map(CommentJpaMapper::toDomain).toList();
    }

    @Override
    public Page<Comment> findApprovedByPost(PostId post, PageRequest page) {
        EntityManager em = transactions.entityManager();
        long total = em.createQuery("SELECT COUNT(c) FROM CommentJpaEntity c WHERE c.postId = :post AND c.status = :status",
                        Long.class)
                .setParameter("post", post.value()).setParameter("status", APPROVED).getSingleResult();
        if (page.offset() >= total) {
            return new Page<>(List.of(), page, total);
        }
        List<Comment> items = em.createQuery("SELECT c FROM CommentJpaEntity c "
                        + "WHERE c.postId = :post AND c.status = :status ORDER BY c.postId, c.status, c.submittedAt, c.id", CommentJpaEntity.class)
                .setParameter("post", post.value()).setParameter("status", APPROVED)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(CommentJpaMapper::toDomain).toList();
        return new Page<>(items, page, Math.max(total, items.size()));
    }

    @Override
    public Map<PostId, Long> countApprovedByPost(Collection<PostId> posts) {
        Map<PostId, Long> counts = new LinkedHashMap<>();
        posts.forEach(post -> counts.put(post, 0L));
        if (posts.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = transactions.entityManager().createQuery("SELECT c.postId, COUNT(c) FROM CommentJpaEntity c "
                        + "WHERE c.postId IN :posts AND c.status = :status GROUP BY c.postId", Object[].class)
                .setParameter("posts", posts.stream().map(PostId::value).distinct().toList())
                .setParameter("status", APPROVED)
                .getResultList();
        for (Object[] row : rows) {
            counts.put(new PostId((UUID) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public long count() {
        return transactions.entityManager().createQuery("SELECT COUNT(c) FROM CommentJpaEntity c", Long.class)
                .getSingleResult();
    }

    /**
     * Ordered newest first, after the filter's equality columns, so that H2 can follow the index
     * {@code (status, submitted_at DESC, id DESC)}, {@code (submitted_at DESC, id DESC)} or
     * {@code (post_id, status, submitted_at, id)} (backwards).
     */
    @Override
    public Page<Comment> findForModeration(CommentFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder order = new StringBuilder(" ORDER BY ");
        if (filter.postOrNull() != null) {
            conditions.add("c.postId = :post");
            parameters.put("post", filter.postOrNull().value());
            order.append("c.postId, ");
        }
        if (filter.statusOrNull() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.statusOrNull().name());
            order.append("c.status, ");
        }
        if (filter.searchOrNull() != null) {
            conditions.add("(LOWER(c.authorName) LIKE :search ESCAPE '\\' OR c.authorEmailKey LIKE :search ESCAPE '\\'"
                    + " OR LOWER(c.authorUrl) LIKE :search ESCAPE '\\' OR LOWER(c.content) LIKE :search ESCAPE '\\')");
            parameters.put("search", "%" + likeLiteral(filter.searchOrNull()) + "%");
        }
        order.append("c.submittedAt DESC, c.id DESC");
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        EntityManager em = transactions.entityManager();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CommentJpaEntity c" + where, Long.class);
        TypedQuery<CommentJpaEntity> query = em.createQuery("SELECT c FROM CommentJpaEntity c" + where + order,
                CommentJpaEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        long total = count.getSingleResult();
        if (page.offset() >= total) {
            return new Page<>(List.of(), page, total);
        }
        List<Comment> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(CommentJpaMapper::toDomain).toList();
        return new Page<>(items, page, Math.max(total, items.size()));
    }

    /** The text as a LIKE pattern that matches exactly its characters: no wildcards of its own. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Map<ModerationStatus, Long> countByStatus() {
        Map<ModerationStatus, Long> counts = new EnumMap<>(ModerationStatus.class);
        for (ModerationStatus status : ModerationStatus.values()) {
            counts.put(status, 0L);
        }
        transactions.entityManager().createQuery("SELECT c.status, COUNT(c) FROM CommentJpaEntity c GROUP BY c.status",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put(ModerationStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public boolean existsDuplicate(PostId post, EmailAddress email, CommentText text) {
        return !transactions.entityManager().createQuery("SELECT c.id FROM CommentJpaEntity c WHERE c.authorEmailKey = :email "
                        + "AND c.postId = :post AND c.content = :content", UUID.class)
                .setParameter("email", CommentJpaMapper.emailKey(email))
                .setParameter("post", post.value())
                .setParameter("content", text.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Reads the few names used with the address, and compares them as {@link String#equalsIgnoreCase} does. */
    @Override
    public boolean hasApprovedComment(String name, EmailAddress email) {
        return transactions.entityManager().createQuery("SELECT DISTINCT c.authorName FROM CommentJpaEntity c "
                        + "WHERE c.authorEmailKey = :email AND c.status = :status", String.class)
                .setParameter("email", CommentJpaMapper.emailKey(email))
                .setParameter("status", APPROVED)
                .getResultList().stream().anyMatch(name::equalsIgnoreCase);
    }

    @Override
    public List<Comment> findByEmail(EmailAddress email) {
        return transactions.entityManager().createQuery("SELECT c FROM CommentJpaEntity c WHERE c.authorEmailKey = :email "
                        + "ORDER BY c.submittedAt, c.id", CommentJpaEntity.class)
                .setParameter("email", CommentJpaMapper.emailKey(email))
                .getResultList().stream().map(CommentJpaMapper::toDomain).toList();
    }

    @Override
    public boolean hasReplies(CommentId id) {
        return !transactions.entityManager().createQuery("SELECT c.id FROM CommentJpaEntity c WHERE c.parentId = :id",
                        UUID.class)
                .setParameter("id", id.toString()).setMaxResults(1).getResultList().isEmpty();
    }

    /** Follows the index {@code (submitted_at DESC, id DESC)} backwards; one update for the batch. */
    @Override
    public int forgetSenderDataBefore(java.time.Instant before, int limit) {
        EntityManager em = transactions.entityManager();
        List<UUID> due = em.createQuery("SELECT c.id FROM CommentJpaEntity c WHERE c.submittedAt < :before "
                        + "AND (c.senderAddress IS NOT NULL OR c.userAgent IS NOT NULL) ORDER BY c.submittedAt, c.id", UUID.class)
                .setParameter("before", before.atOffset(java.time.ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        em.flush();
        int changed = em.createQuery("UPDATE CommentJpaEntity c SET c.senderAddress = NULL, c.userAgent = NULL, "
                        + "c.version = c.version + 1 WHERE c.id IN :ids")
                .setParameter("ids", due).executeUpdate();
        em.clear();
        return changed;
    }
}
