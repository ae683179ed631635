package org.hrcities.platform.application.port.out;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * The addresses the site may write to about comments, and the comments whose news each one asked for.
 * Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface MailSubscriberRepository {

    /**
     * Stores a new subscriber (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored subscriber is no longer at {@code subscriber.version()},
     *         or a new subscriber's id or address is already stored
     */
    void save(MailSubscriber subscriber);

    Optional<MailSubscriber> findById(SubscriberId id);

    /** The subscriber with this address, compared lower-case. */
    Optional<MailSubscriber> findByEmail(EmailAddress email);

    /** Records that the subscriber wants news of the comment (its publication, replies to it); once is enough. */
    void watch(CommentId comment, SubscriberId subscriber);

    /** Who asked for news of the comment, if anyone did. */
    Optional<MailSubscriber> findWatcher(CommentId comment);

    /** The staff members' addresses that get the moderation digest, oldest subscriber first. */
    List<MailSubscriber> findDigestSubscribers();

    /**
     * Forgets the address: its subscriber and the comments it watched. Answers whether there was one.
     */
    boolean deleteByEmail(EmailAddress email);
}
