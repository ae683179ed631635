package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.internal.helper.ConcurrencyUtil;
import org.hrcities.platform.adapter.out.persistence.PoolEvents;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a cluster member (no shared cache) a use case's transaction borrows one connection from the pool,
 * however many reads come before its first write: EclipseLink's default would lend one per read until
 * then, each rolled back by the pool. A single instance, with the shared cache, keeps that default: its
 * cached posts load their cities and former slugs on connections of their own, and a transaction that
 * held one while waiting for another could wait for the others' doing the same.
 */
class ConnectionsPerTransactionTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path directory;

    private final AtomicLong borrowed = new AtomicLong();
    private JpaStorage storage;
    private Post post;

    @BeforeEach
    void open() {
        storage = JpaStorage.open(settings().withoutSharedCache(), new PoolEvents() {
            @Override
            public void waited(long nanos) {
                borrowed.incrementAndGet();
            }
        });
        post = PostFixtures.aPublishedPost();
        storage.transactions().inTransaction(() -> {
            storage.posts().save(post);
            return null;
        });
    }

    private JpaSettings settings() {
        return new JpaSettings("jdbc:h2:file:" + directory.resolve("connections") + ";WRITE_DELAY=0", "sa", "", 4);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void a_post_is_read_with_its_cities_and_former_slugs_on_the_same_connection() {
        long before = borrowed.get();
        storage.transactions().inTransaction(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, post.slug()).orElseThrow());
        assertEquals(1, borrowed.get() - before, "connections borrowed by a read of a post");
    }

    @Test
    void a_single_instance_holds_no_connection_between_reads() {
        storage.close();
        storage = JpaStorage.open(settings());
        int held = storage.transactions().inTransaction(() -> {
            storage.posts().findBySlug(PostFixtures.ENGLISH, post.slug()).orElseThrow();
            storage.discussionSettings().load();
            return storage.pool().orElseThrow().active();
        });
        assertEquals(0, held, "connections held by a transaction of a single instance after its reads");
    }

    @Test
    void a_comment_received_reads_and_writes_on_one_connection() {
        long before = borrowed.get();
        storage.transactions().inTransaction(() -> {
            Post found = storage.posts().findBySlug(PostFixtures.ENGLISH, post.slug()).orElseThrow();
            storage.discussionSettings().load();
            Comment comment = CommentFixtures.aPendingComment(found, NOW);
            assertFalse(storage.comments().existsDuplicate(found.id(), comment.commenter().email(), comment.text()));
            storage.comments().hasApprovedComment(comment.commenter().name(), comment.commenter().email());
            storage.comments().save(comment);
            storage.moderationLog().append(arrival(comment));
            return null;
        });
        assertEquals(1, borrowed.get() - before, "connections borrowed by one transaction of four reads and two writes");
    }

    @Test
    void reads_alone_take_one_connection_too() {
        long before = borrowed.get();
        storage.transactions().inTransaction(() -> {
            storage.posts().findBySlug(PostFixtures.ENGLISH, post.slug()).orElseThrow();
            storage.discussionSettings().load();
            storage.comments().existsDuplicate(post.id(), CommentFixtures.aCommenter().email(), new CommentText("Hello"));
            return null;
        });
        assertEquals(1, borrowed.get() - before, "connections borrowed by one transaction of three reads");
    }

    @Test
    void a_thread_waiting_for_a_cache_lock_sleeps_instead_of_spinning() {
        // EclipseLink waits with Condition.await(waitTime): 0, its default, returns at once, so a waiter spins
        assertEquals(JpaStorage.LOCK_WAIT_MILLIS, ConcurrencyUtil.SINGLETON.getAcquireWaitTime(), "EclipseLink's lock wait, ms");
    }

    private static ModerationRecord arrival(Comment comment) {
        return new ModerationRecord(UUID.randomUUID(), comment.id(), comment.postId(), NOW, Actor.rule("manual-approval"),
                ModerationAction.RECEIVED, null, ModerationStatus.PENDING, "every comment waits for a moderator");
    }
}
