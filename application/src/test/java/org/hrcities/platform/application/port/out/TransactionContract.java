package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.junit.jupiter.api.Test;

/** What every {@link TransactionPort} must do, together with its adapter's repositories. */
public abstract class TransactionContract extends StorageContract {

    @Test
    void a_failing_second_write_undoes_the_first() {
        Post first = PostFixtures.aPublishedPost("first", T0);
        Post clash = PostFixtures.aPublishedPost("first", T0.plusSeconds(1));
        assertThrows(SlugAlreadyTakenException.class, () -> inTx(() -> {
            storage.posts().save(first);
            storage.posts().save(clash);
        }));
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findById(first.id())));
        assertEquals(0, inTx(() -> storage.posts().count()));
    }

    @Test
    void an_exception_thrown_by_the_work_undoes_its_writes_and_reaches_the_caller() {
        PartnerCity graz = PartnerCityFixtures.graz();
        Post post = PostFixtures.aPublishedPost();
        IllegalStateException thrown = new IllegalStateException("work failed");
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.cities().save(graz);
            storage.posts().save(post);
            storage.comments().save(CommentFixtures.aPendingComment(post, T0));
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(0, inTx(() -> storage.cities().count()));
        assertEquals(0, inTx(() -> storage.posts().count()));
        assertEquals(0, inTx(() -> storage.comments().count()));
    }

    @Test
    void an_undone_change_to_a_stored_post_leaves_the_stored_post_as_it_was() {
        Post post = PostFixtures.aDraftPost();
        inTx(() -> storage.posts().save(post));
        Post read = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        read.publish(T0);
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.posts().save(read);
            throw new IllegalStateException("second write failed");
        }));
        Post after = inTx(() -> storage.posts().findById(post.id())).orElseThrow();
        assertEquals(read.version(), after.version());
        assertEquals(Optional.empty(), after.publishedAt());
        read.unpublish(T0.plusSeconds(1));
        inTx(() -> storage.posts().save(read));
    }

    @Test
    void a_nested_call_joins_the_running_transaction() {
        Post post = PostFixtures.aPublishedPost();
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            inTx(() -> storage.posts().save(post));
            throw new IllegalStateException("outer work failed after the inner call returned");
        }));
        assertEquals(0, inTx(() -> storage.posts().count()));
    }

    @Test
    void a_committed_transaction_is_seen_by_the_next() {
        Post post = PostFixtures.aPublishedPost();
        inTx(() -> storage.posts().save(post));
        assertEquals(Optional.of(post.id()), inTx(() -> storage.posts().findById(post.id())).map(Post::id));
    }

    @Test
    void repositories_refuse_to_work_outside_a_transaction() {
        assertThrows(IllegalStateException.class, () -> storage.posts().count());
        assertThrows(IllegalStateException.class, () -> storage.cities().findAll());
    }
}
