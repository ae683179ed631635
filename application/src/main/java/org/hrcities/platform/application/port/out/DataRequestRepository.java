package org.hrcities.platform.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequest;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * Stores the requests for a copy or the erasure of a person's data. Every method must be called
 * inside {@link TransactionPort#inTransaction}.
 */
public interface DataRequestRepository {

    /**
     * Stores a new request (version 0) or the changes to a stored one.
     *
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the stored request is no
     *         longer at {@code request.version()}, or a new request's id is already in use
     */
    void save(DataRequest request);

    Optional<DataRequest> findById(DataRequestId id);

    /** A page of every request, the most recent first (ties broken by id, descending). */
    Page<DataRequest> findRecent(PageRequest page);

    /** How many requests for {@code email} (compared lower-case in {@link java.util.Locale#ROOT}) were made at {@code since} or later. */
    long countForEmailSince(EmailAddress email, Instant since);

    /** How many requests came from the network address {@code senderAddress} at {@code since} or later. */
    long countFromSenderSince(String senderAddress, Instant since);

    /**
     * Forgets the network address of up to {@code limit} requests made before {@code before} that
     * still hold one, and answers how many.
     */
    int forgetSenderAddressesBefore(Instant before, int limit);
}
