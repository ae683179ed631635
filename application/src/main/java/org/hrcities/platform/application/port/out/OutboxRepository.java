package org.hrcities.platform.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * The outbox: messages written in the same transaction as the comment or decision that causes them,
 * and delivered afterwards. Every method must be called inside {@link TransactionPort#inTransaction}.
 */
public interface OutboxRepository {

    /**
     * Stores a new message (version 0) or the changes to a stored one.
     *
     * @throws ConcurrentUpdateException if the stored message is no longer at {@code mail.version()},
     *         or a new message's id is already in use
     */
    void save(OutgoingMail mail);

    Optional<OutgoingMail> findById(MailId id);

    /**
     * Claims up to {@code limit} messages due at {@code now}, the longest due first: each is moved past
     * {@code now + lease} ({@link OutgoingMail#claim}) and stored, so that no other caller, in this
     * process or another, claims it again before the lease ends. Answers the claimed messages at their
     * new version; a message another caller claimed meanwhile is left out.
     */
    List<OutgoingMail> claimDue(Instant now, Duration lease, int limit);

    /** A page of the messages in the state, most recently queued first (ties broken by id, descending). */
    Page<OutgoingMail> findByState(DeliveryState state, PageRequest page);

    /** How many messages each state holds; states without any map to 0. */
    Map<DeliveryState, Long> countByState();

    /** Removes sent messages sent before {@code before}; answers how many. Queued and failed ones stay. */
    int deleteSentBefore(Instant before);

    /**
     * Removes every message to {@code to} (compared lower-case), in any state, as an erasure of the
     * address's data asks; answers how many.
     */
    int deleteAllTo(EmailAddress to);
}
