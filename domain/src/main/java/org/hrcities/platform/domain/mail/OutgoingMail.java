package org.hrcities.platform.domain.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message in the outbox: written in the same transaction as what causes it, then delivered by a
 * worker. A failed attempt is tried again after a growing pause ({@link #pauseAfter}); after
 * {@link #MAX_ATTEMPTS} attempts, or at once when the mail server refuses the message for good, it is
 * {@link DeliveryState#FAILED} until an administrator retries it.
 * <p>
 * A worker <em>claims</em> a due message by moving its next attempt past the time it needs
 * ({@link #claim}): should the worker die, the message is due again after that, and no other worker
 * takes it meanwhile.
 */
public final class OutgoingMail {

    /** Attempts before giving up: with the pauses below, about a day and a half. */
    public static final int MAX_ATTEMPTS = 10;
    public static final int MAX_ERROR_LENGTH = 500;

    private final MailId id;
    private final MailMessage message;
    private final Instant queuedAt;
    private DeliveryState state;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;
    private final long version;

    private OutgoingMail(MailId id, MailMessage message, Instant queuedAt, DeliveryState state, int attempts,
                         Instant nextAttemptAt, Instant sentAt, String lastError, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.message = Objects.requireNonNull(message, "message");
        this.queuedAt = Objects.requireNonNull(queuedAt, "queuedAt");
        this.state = Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        this.attempts = attempts;
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if ((sentAt != null) != (state == DeliveryState.SENT)) {
            throw new IllegalArgumentException("exactly a sent message has a time it was sent");
        }
        this.sentAt = sentAt;
        this.lastError = lastError;
        this.version = version;
    }

    /** A new message, due at once. */
    public static OutgoingMail queue(MailId id, MailMessage message, Instant at) {
        return new OutgoingMail(id, message, at, DeliveryState.QUEUED, 0, at, null, null, 0);
    }

    /** Rebuilds a stored message exactly as it was saved; used by storage adapters. */
    public static OutgoingMail reconstitute(MailId id, MailMessage message, Instant queuedAt, DeliveryState state,
                                            int attempts, Instant nextAttemptAt, Instant sentAt, String lastError,
                                            long version) {
        return new OutgoingMail(id, message, queuedAt, state, attempts, nextAttemptAt, sentAt, lastError, version);
    }

    /** The pause after the {@code attempts}-th failed attempt: 1, 2, 4 ... minutes, at most 6 hours. */
    public static Duration pauseAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("a pause follows an attempt");
        }
        long minutes = 1L << Math.min(attempts - 1, 20);
        return Duration.ofMinutes(Math.min(minutes, 6 * 60));
    }

    /** Whether a worker may attempt it at {@code now}. */
    public boolean isDue(Instant now) {
        return state == DeliveryState.QUEUED && !nextAttemptAt.isAfter(now);
    }

    /**
     * A worker takes the due message for its attempt, which it finishes before {@code until}.
     *
     * @throws IllegalStateException if the message is not due
     */
    public void claim(Instant now, Instant until) {
        if (!isDue(now)) {
            throw new IllegalStateException("only a due message is claimed");
        }
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("a claim lasts a while");
        }
        nextAttemptAt = until;
    }

    /** The mail server accepted it. */
    public void delivered(Instant at) {
        requireQueued();
        attempts++;
        state = DeliveryState.SENT;
        sentAt = Objects.requireNonNull(at, "at");
        lastError = null;
    }

    /**
     * An attempt failed: tried again after {@link #pauseAfter} unless {@code permanent} (the server
     * refused the message for good) or this was the last attempt.
     */
    public void attemptFailed(Instant at, String error, boolean permanent) {
        requireQueued();
        attempts++;
        lastError = shortened(error);
        if (permanent || attempts >= MAX_ATTEMPTS) {
            state = DeliveryState.FAILED;
            nextAttemptAt = at;
        } else {
            nextAttemptAt = at.plus(pauseAfter(attempts));
        }
    }

    /**
     * An administrator sends a failed message again, at once, with a full set of attempts.
     *
     * @throws IllegalStateException unless it failed
     */
    public void retry(Instant at) {
        if (state != DeliveryState.FAILED) {
            throw new IllegalStateException("only a failed message is retried");
        }
        state = DeliveryState.QUEUED;
        attempts = 0;
        nextAttemptAt = at;
    }

    private void requireQueued() {
        if (state != DeliveryState.QUEUED) {
            throw new IllegalStateException("the message is " + state);
        }
    }

    private static String shortened(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public MailId id() {
        return id;
    }

    public MailMessage message() {
        return message;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** Why the last attempt failed; empty when none did, or the last one succeeded. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutgoingMail mail && mail.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "OutgoingMail[" + id + ", " + message.kind() + ", " + state + "]";
    }
}
