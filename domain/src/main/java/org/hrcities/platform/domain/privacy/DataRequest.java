package org.hrcities.platform.domain.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.EmailAddress;

/**
 * A person's request for a copy ({@link DataRequestKind#EXPORT}) or the erasure
 * ({@link DataRequestKind#ERASURE}) of the data the site holds about one email address. Nothing
 * happens until the person follows the link mailed to that address ({@link #confirm}) within
 * {@link #CONFIRMATION_VALIDITY}; an export can then be downloaded once ({@link #recordDownload})
 * within {@link #DOWNLOAD_VALIDITY}; an erasure is done when it is confirmed ({@link #recordErasure}).
 * <pre>
 * AWAITING_CONFIRMATION --confirm--> CONFIRMED --download--> COMPLETED   (export)
 * AWAITING_CONFIRMATION --confirm and erase-----------------> COMPLETED   (erasure)
 * </pre>
 * A request whose link ran out unused reads as {@link DataRequestState#EXPIRED}.
 */
public final class DataRequest {

    /** How long the confirmation link works. */
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(24);
    /** How long the download link of a confirmed export works. */
    public static final Duration DOWNLOAD_VALIDITY = Duration.ofDays(7);

    private final DataRequestId id;
    private final DataRequestKind kind;
    private final EmailAddress email;
    private final DataRequestOrigin origin;
    private final Instant requestedAt;
    private String senderAddress;
    private Instant confirmedAt;
    private Instant completedAt;
    private int anonymisedComments;
    private int deletedComments;
    private final long version;

    private DataRequest(DataRequestId id, DataRequestKind kind, EmailAddress email, DataRequestOrigin origin,
                        Instant requestedAt, String senderAddress, Instant confirmedAt, Instant completedAt,
                        int anonymisedComments, int deletedComments, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.email = Objects.requireNonNull(email, "email");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.senderAddress = Comment.validSenderAddress(senderAddress);
        this.confirmedAt = confirmedAt;
        this.completedAt = completedAt;
        if (completedAt != null && confirmedAt == null) {
            throw new IllegalArgumentException("a request is completed only once confirmed");
        }
        if (anonymisedComments < 0 || deletedComments < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        this.anonymisedComments = anonymisedComments;
        this.deletedComments = deletedComments;
        this.version = version;
    }

    /**
     * A new request, awaiting confirmation.
     *
     * @param senderAddressOrNull the network address the request came from (for the limit per sender); null from staff
     */
    public static DataRequest open(DataRequestId id, DataRequestKind kind, EmailAddress email, DataRequestOrigin origin,
                                   String senderAddressOrNull, Instant at) {
        return new DataRequest(id, kind, email, origin, at, senderAddressOrNull, null, null, 0, 0, 0);
    }

    /** Rebuilds a stored request exactly as it was saved; used by storage adapters. */
    public static DataRequest reconstitute(DataRequestId id, DataRequestKind kind, EmailAddress email,
                                           DataRequestOrigin origin, Instant requestedAt, String senderAddress,
                                           Instant confirmedAt, Instant completedAt, int anonymisedComments,
                                           int deletedComments, long version) {
        return new DataRequest(id, kind, email, origin, requestedAt, senderAddress, confirmedAt, completedAt,
                anonymisedComments, deletedComments, version);
    }

    /** Until when the confirmation link works. */
    public Instant confirmableUntil() {
        return requestedAt.plus(CONFIRMATION_VALIDITY);
    }

    /** Until when the download link of a confirmed export works; empty before confirmation. */
    public Optional<Instant> downloadableUntil() {
        return Optional.ofNullable(confirmedAt).map(at -> at.plus(DOWNLOAD_VALIDITY));
    }

    /**
     * The person followed the confirmation link at {@code at}. For an erasure, the caller erases and
     * then records it ({@link #recordErasure}) in the same transaction.
     *
     * @throws DataRequestNotAllowedException if it was confirmed already or its link ran out
     */
    public void confirm(Instant at) {
        if (confirmedAt != null) {
            throw new DataRequestNotAllowedException(DataRequestNotAllowedException.Reason.USED,
                    "this request was confirmed already");
        }
        if (!at.isBefore(confirmableUntil())) {
            throw new DataRequestNotAllowedException(DataRequestNotAllowedException.Reason.EXPIRED,
                    "this confirmation link ran out");
        }
        confirmedAt = at;
    }

    /**
     * The data of a confirmed erasure was erased at {@code at}: so many comments anonymised, so many deleted.
     *
     * @throws IllegalStateException unless this is a confirmed erasure not yet done
     */
    public void recordErasure(Instant at, int anonymised, int deleted) {
        if (kind != DataRequestKind.ERASURE || confirmedAt == null || completedAt != null) {
            throw new IllegalStateException("only a confirmed erasure is done once");
        }
        if (anonymised < 0 || deleted < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        completedAt = at;
        anonymisedComments = anonymised;
        deletedComments = deleted;
    }

    /**
     * The copy of a confirmed export is handed out at {@code at}: it cannot be downloaded again.
     *
     * @throws DataRequestNotAllowedException if it was downloaded already, or its link ran out
     * @throws IllegalStateException unless this is a confirmed export
     */
    public void recordDownload(Instant at) {
        if (kind != DataRequestKind.EXPORT || confirmedAt == null) {
            throw new IllegalStateException("only a confirmed export is downloaded");
        }
        if (completedAt != null) {
            throw new DataRequestNotAllowedException(DataRequestNotAllowedException.Reason.USED,
                    "this copy was downloaded already");
        }
        if (!at.isBefore(downloadableUntil().orElseThrow())) {
            throw new DataRequestNotAllowedException(DataRequestNotAllowedException.Reason.EXPIRED,
                    "this download link ran out");
        }
        completedAt = at;
    }

    /** Forgets the network address the request came from, as the retention period requires. */
    public void forgetSenderAddress() {
        senderAddress = null;
    }

    /** The request's state at {@code now}: a link that ran out unused makes it {@link DataRequestState#EXPIRED}. */
    public DataRequestState stateAt(Instant now) {
        if (completedAt != null) {
            return DataRequestState.COMPLETED;
        }
        if (confirmedAt == null) {
            return now.isBefore(confirmableUntil()) ? DataRequestState.AWAITING_CONFIRMATION : DataRequestState.EXPIRED;
        }
        return now.isBefore(downloadableUntil().orElseThrow()) ? DataRequestState.CONFIRMED : DataRequestState.EXPIRED;
    }

    public DataRequestId id() {
        return id;
    }

    public DataRequestKind kind() {
        return kind;
    }

    public EmailAddress email() {
        return email;
    }

    public DataRequestOrigin origin() {
        return origin;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<String> senderAddress() {
        return Optional.ofNullable(senderAddress);
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public int anonymisedComments() {
        return anonymisedComments;
    }

    public int deletedComments() {
        return deletedComments;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataRequest request && request.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never prints the address. */
    @Override
    public String toString() {
        return "DataRequest[" + id + ", " + kind + "]";
    }
}
