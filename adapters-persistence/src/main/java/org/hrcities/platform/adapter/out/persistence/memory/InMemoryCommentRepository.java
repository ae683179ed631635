package org.hrcities.platform.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
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
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Comments in memory, indexed per post oldest first. */
final class InMemoryCommentRepository implements CommentRepository {

    private record ThreadKey(Instant at, UUID id) {
    }

    private static final Comparator<Comment> NEWEST_FIRST = Comparator.comparing(Comment::submittedAt)
            .thenComparing(comment -> comment.id().value(), Snapshots.UUID_BYTE_ORDER).reversed();

    private static final Comparator<ThreadKey> OLDEST_FIRST = Comparator.comparing(ThreadKey::at)
            .thenComparing(ThreadKey::id, Snapshots.UUID_BYTE_ORDER);

    private final InMemoryTransactions transactions;
    private final InMemoryPostRepository posts;
    private final Map<CommentId, Comment> byId = new ConcurrentHashMap<>();
    private final Map<PostId, NavigableMap<ThreadKey, CommentId>> byPost = new ConcurrentHashMap<>();

    InMemoryCommentRepository(InMemoryTransactions transactions, InMemoryPostRepository posts) {
        this.transactions = transactions;
        this.posts = posts;
    }

    @Override
    public void save(Comment comment) {
        transactions.lockForWrite();
        Comment stored = byId.get(comment.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (comment.version() != storedVersion) {
            throw new ConcurrentUpdateException("comment", comment.id());
        }
        if (!posts.exists(comment.postId())) {
            throw new IllegalArgumentException("comment " + comment.id() + " belongs to post " + comment.postId()
                    + ", which is not stored");
        }
        if (comment.parentId().isPresent() && !byId.containsKey(comment.parentId().get())) {
            throw new IllegalArgumentException("comment " + comment.id() + " answers a comment that is not stored");
        }
        ThreadKey key = new ThreadKey(comment.submittedAt(), comment.id().value());
        transactions.onRollback(() -> {
            if (stored == null) {
                byId.remove(comment.id());
                thread(comment.postId()).remove(key);
            } else {
                byId.put(comment.id(), stored);
            }
        });
        byId.put(comment.id(), Snapshots.copy(comment, storedVersion + 1));
        thread(comment.postId()).put(key, comment.id());
    }

    @Override
    public void delete(Comment comment) {
        transactions.lockForWrite();
        Comment stored = byId.get(comment.id());
        if (stored == null || stored.version() != comment.version()) {
            throw new ConcurrentUpdateException("comment", comment.id());
        }
        boolean answered = thread(stored.postId()).values().stream().map(byId::get)
                .anyMatch(other -> other != null && other.parentId().filter(comment.id()::equals).isPresent());
        if (answered) {
            throw new CommentHasRepliesException(comment.id());
        }
        remove(stored);
    }

    /** Whether a comment with the id is stored (for the reports, which outlive their comments). */
    boolean exists(CommentId id) {
        return byId.containsKey(id);
    }

    /** Removes every comment of a post, as part of deleting the post. */
    void deleteAllOf(PostId post) {
        NavigableMap<ThreadKey, CommentId> thread = byPost.get(post);
        if (thread != null) {
            List.copyOf(thread.values()).stream().map(byId::get).filter(Objects::nonNull).forEach(this::remove);
        }
    }

    private void remove(Comment stored) {
        ThreadKey key = new ThreadKey(stored.submittedAt(), stored.id().value());
        transactions.onRollback(() -> {
            byId.put(stored.id(), stored);
            thread(stored.postId()).put(key, stored.id());
        });
        byId.remove(stored.id());
        thread(stored.postId()).remove(key);
    }

    private NavigableMap<ThreadKey, CommentId> thread(PostId post) {
        return byPost.computeIfAbsent(post, id -> new ConcurrentSkipListMap<>(OLDEST_FIRST));
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        transactions.requireTransaction();
        return Optional.ofNullable(byId.get(id)).map(comment -> Snapshots.copy(comment, comment.version()));
    }

    @Override
    public List<Comment> findApprovedByPost(PostId post) {
        transactions.requireTransaction();
        return approved(post).map(comment -> Snapshots.copy(comment, comment.version())).toList();
    }

    @Override
    public Page<Comment> findApprovedByPost(PostId post, PageRequest page) {
        transactions.requireTransaction();
        return Page.of(approved(post).toList(), page).map(comment -> Snapshots.copy(comment, comment.version()));
    }

    @Override
    public Map<PostId, Long> countApprovedByPost(Collection<PostId> postIds) {
        transactions.requireTransaction();
        Map<PostId, Long> counts = new LinkedHashMap<>();
        for (PostId post : postIds) {
            counts.put(post, approved(post).count());
        }
        return counts;
    }

    private Stream<Comment> approved(PostId post) {
        NavigableMap<ThreadKey, CommentId> thread = byPost.get(post);
        if (thread == null) {
            return Stream.empty();
        }
        return thread.values().stream().map(byId::get).filter(comment -> comment != null && comment.isPublic());
    }

    @Override
    public long count() {
        transactions.requireTransaction();
        return byId.size();
    }

    @Override
    public Page<Comment> findForModeration(CommentFilter filter, PageRequest page) {
        transactions.requireTransaction();
        List<Comment> selected = byId.values().stream()
                .filter(comment -> filter.statusOrNull() == null || comment.status() == filter.statusOrNull())
                .filter(comment -> filter.postOrNull() == null || comment.postId().equals(filter.postOrNull()))
                .filter(comment -> filter.searchOrNull() == null || holds(comment, filter.searchOrNull()))
                .sorted(NEWEST_FIRST)
                .toList();
        return Page.of(selected, page).map(comment -> Snapshots.copy(comment, comment.version()));
    }

    private static boolean holds(Comment comment, String lowerCaseText) {
        return Stream.of(comment.commenter().name(),
                        comment.commenter().emailIfGiven().map(EmailAddress::value).orElse(null),
                        comment.commenter().websiteIfGiven().map(WebsiteUrl::value).orElse(null), comment.text().value())
                .filter(Objects::nonNull)
                .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(lowerCaseText));
    }

    @Override
    public Map<ModerationStatus, Long> countByStatus() {
        transactions.requireTransaction();
        Map<ModerationStatus, Long> counts = new EnumMap<>(ModerationStatus.class);
        for (ModerationStatus status : ModerationStatus.values()) {
            counts.put(status, 0L);
        }
        byId.values().forEach(comment -> counts.merge(comment.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public boolean existsDuplicate(PostId post, EmailAddress email, CommentText text) {
        transactions.requireTransaction();
        String key = email.value().toLowerCase(Locale.ROOT);
        NavigableMap<ThreadKey, CommentId> thread = byPost.get(post);
        return thread != null && thread.values().stream().map(byId::get).filter(Objects::nonNull)
                .anyMatch(comment -> key.equals(emailKey(comment))
                        && comment.text().equals(text));
    }

    @Override
    public boolean hasApprovedComment(String name, EmailAddress email) {
        transactions.requireTransaction();
        String key = email.value().toLowerCase(Locale.ROOT);
        return byId.values().stream().anyMatch(comment -> comment.isPublic()
                && key.equals(emailKey(comment))
                && comment.commenter().name().equalsIgnoreCase(name));
    }

    @Override
    public List<Comment> findByEmail(EmailAddress email) {
        transactions.requireTransaction();
        String key = email.value().toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(comment -> key.equals(emailKey(comment)))
                .sorted(NEWEST_FIRST.reversed())
                .map(comment -> Snapshots.copy(comment, comment.version())).toList();
    }

    @Override
    public boolean hasReplies(CommentId id) {
        transactions.requireTransaction();
        return byId.values().stream().anyMatch(other -> other.parentId().filter(id::equals).isPresent());
    }

    @Override
    public int forgetSenderDataBefore(Instant before, int limit) {
        transactions.lockForWrite();
        List<Comment> due = byId.values().stream()
                .filter(comment -> comment.submittedAt().isBefore(before))
                .filter(comment -> comment.senderAddress().isPresent() || comment.userAgent().isPresent())
                .sorted(NEWEST_FIRST.reversed())
                .limit(limit)
                .toList();
        for (Comment stored : due) {
            Comment changed = Snapshots.copy(stored, stored.version());
            changed.forgetSenderData();
            transactions.onRollback(() -> byId.put(stored.id(), stored));
            byId.put(stored.id(), Snapshots.copy(changed, stored.version() + 1));
        }
        return due.size();
    }

    /** The email address in lower case; null for an anonymised comment. */
    private static String emailKey(Comment comment) {
        return comment.commenter().emailIfGiven().map(email -> email.value().toLowerCase(Locale.ROOT)).orElse(null);
    }
}
