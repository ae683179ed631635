package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

/** What every {@link MailSubscriberRepository} does. */
public abstract class MailSubscriberRepositoryContract extends StorageContract {

    /** The subscribers of the storage {@link #emptyStorage()} handed out last. */
    protected abstract MailSubscriberRepository subscribers();

    private Comment storedComment() {
        Post post = PostFixtures.aPublishedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> {
            storage.posts().save(post);
            storage.comments().save(comment);
        });
        return comment;
    }

    private MailSubscriber stored(MailSubscriber subscriber) {
        inTx(() -> subscribers().save(subscriber));
        return inTx(() -> subscribers().findById(subscriber.id())).orElseThrow();
    }

    @Test
    void keeps_a_subscriber_as_it_was_saved_and_finds_it_by_its_address_in_any_case() {
        MailSubscriber reader = MailSubscriber.reader(SubscriberId.generate(), EmailAddress.parse("Lea.Martin@Example.org"), T0);
        reader.ask(T0);
        reader.confirmationSent(T0.plusSeconds(1));
        MailSubscriber read = stored(reader);
        assertEquals("lea.martin@example.org", read.email().value());
        assertEquals(T0, read.createdAt());
        assertEquals(Optional.of(T0.plusSeconds(1)), read.confirmationSentAt());
        assertTrue(read.awaitsConfirmation());
        assertEquals(1, read.version());
        assertEquals(Optional.of(reader.id()),
                inTx(() -> subscribers().findByEmail(new EmailAddress("LEA.MARTIN@example.org"))).map(MailSubscriber::id));
        assertEquals(Optional.empty(), inTx(() -> subscribers().findByEmail(new EmailAddress("other@example.org"))));

        read.confirm(T0.plusSeconds(2));
        inTx(() -> subscribers().save(read));
        MailSubscriber confirmed = inTx(() -> subscribers().findById(reader.id())).orElseThrow();
        assertEquals(Optional.of(T0.plusSeconds(2)), confirmed.confirmedAt());
        assertTrue(confirmed.receivesMail());
        confirmed.unsubscribe(T0.plusSeconds(3));
        inTx(() -> subscribers().save(confirmed));
        assertEquals(Optional.of(T0.plusSeconds(3)),
                inTx(() -> subscribers().findById(reader.id())).orElseThrow().unsubscribedAt());
    }

    @Test
    void one_address_is_one_subscriber_and_a_stale_version_is_refused() {
        MailSubscriber first = stored(MailSubscriber.reader(SubscriberId.generate(), new EmailAddress("a@example.org"), T0));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> subscribers().save(
                MailSubscriber.reader(SubscriberId.generate(), new EmailAddress("A@example.org"), T0))));
        MailSubscriber copy = inTx(() -> subscribers().findById(first.id())).orElseThrow();
        first.confirm(T0);
        inTx(() -> subscribers().save(first));
        copy.unsubscribe(T0);
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> subscribers().save(copy)));
    }

    @Test
    void tells_who_watches_a_comment() {
        Comment comment = storedComment();
        Comment unwatched = storedComment();
        MailSubscriber reader = stored(MailSubscriber.reader(SubscriberId.generate(), new EmailAddress("r@example.org"), T0));
        inTx(() -> subscribers().watch(comment.id(), reader.id()));
        inTx(() -> subscribers().watch(comment.id(), reader.id()));
        assertEquals(Optional.of(reader.id()), inTx(() -> subscribers().findWatcher(comment.id())).map(MailSubscriber::id));
        assertEquals(Optional.empty(), inTx(() -> subscribers().findWatcher(unwatched.id())));
        assertEquals(Optional.empty(), inTx(() -> subscribers().findWatcher(CommentId.generate())));
    }

    @Test
    void a_watch_made_in_a_transaction_that_fails_is_not_kept() {
        Comment comment = storedComment();
        MailSubscriber reader = MailSubscriber.reader(SubscriberId.generate(), new EmailAddress("u@example.org"), T0);
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            subscribers().save(reader);
            subscribers().watch(comment.id(), reader.id());
            throw new IllegalStateException("the comment was not stored in the end");
        }));
        assertEquals(Optional.empty(), inTx(() -> subscribers().findWatcher(comment.id())));
        assertEquals(Optional.empty(), inTx(() -> subscribers().findById(reader.id())));
    }

    @Test
    void lists_the_staff_who_chose_the_digest_oldest_first() {
        MailSubscriber later = MailSubscriber.staff(SubscriberId.generate(), new EmailAddress("m2@example.org"), T0.plusSeconds(5));
        later.chooseModerationDigest(true, T0.plusSeconds(5));
        MailSubscriber earlier = MailSubscriber.staff(SubscriberId.generate(), new EmailAddress("m1@example.org"), T0);
        earlier.chooseModerationDigest(true, T0);
        stored(later);
        stored(earlier);
        stored(MailSubscriber.staff(SubscriberId.generate(), new EmailAddress("m3@example.org"), T0));
        stored(MailSubscriber.reader(SubscriberId.generate(), new EmailAddress("r@example.org"), T0));
        assertEquals(List.of(earlier.id(), later.id()),
                inTx(() -> subscribers().findDigestSubscribers()).stream().map(MailSubscriber::id).toList());
    }

    @Test
    void forgets_an_address_with_the_comments_it_watched() {
        Comment comment = storedComment();
        MailSubscriber reader = stored(MailSubscriber.reader(SubscriberId.generate(), new EmailAddress("f@example.org"), T0));
        inTx(() -> subscribers().watch(comment.id(), reader.id()));
        assertTrue(inTx(() -> subscribers().deleteByEmail(new EmailAddress("F@example.org"))));
        assertEquals(Optional.empty(), inTx(() -> subscribers().findById(reader.id())));
        assertEquals(Optional.empty(), inTx(() -> subscribers().findWatcher(comment.id())));
        assertFalse(inTx(() -> subscribers().deleteByEmail(new EmailAddress("f@example.org"))));
    }
}
