package org.hrcities.platform.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.comment.EmailAddress;

/**
 * An email address the site may write to about comments, and what its owner agreed to. A reader's
 * address is written to only once its owner confirmed it by following a link sent to it (double
 * opt-in); a staff member's own address needs no confirmation for the moderation digest they choose
 * when signed in. One click on the unsubscribe link of any message stops every message to the address;
 * asking again afterwards needs a new confirmation.
 * <p>
 * States: awaiting confirmation (not confirmed, not unsubscribed) → confirmed → unsubscribed →
 * awaiting confirmation again when its owner asks again.
 */
public final class MailSubscriber {

    /** A confirmation link is mailed to one address at most once in this time, however often it is typed. */
    public static final Duration CONFIRMATION_RESEND_AFTER = Duration.ofHours(24);

    private final SubscriberId id;
    private final EmailAddress email;
    private final Instant createdAt;
    private Instant confirmationSentAt;
    private Instant confirmedAt;
    private Instant unsubscribedAt;
    private boolean moderationDigest;
    private final long version;

    private MailSubscriber(SubscriberId id, EmailAddress email, Instant createdAt, Instant confirmationSentAt,
                           Instant confirmedAt, Instant unsubscribedAt, boolean moderationDigest, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = normalised(Objects.requireNonNull(email, "email"));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.confirmationSentAt = confirmationSentAt;
        this.confirmedAt = confirmedAt;
        this.unsubscribedAt = unsubscribedAt;
        this.moderationDigest = moderationDigest;
        this.version = version;
        if (moderationDigest && !receivesMail()) {
            throw new IllegalArgumentException("a digest goes to a confirmed address only");
        }
    }

    /** An address a reader typed and asked to be written to: it awaits its owner's confirmation. */
    public static MailSubscriber reader(SubscriberId id, EmailAddress email, Instant at) {
        return new MailSubscriber(id, email, at, null, null, null, false, 0);
    }

    /** A staff member's own address, known from their account: confirmed as it is. */
    public static MailSubscriber staff(SubscriberId id, EmailAddress email, Instant at) {
        return new MailSubscriber(id, email, at, null, at, null, false, 0);
    }

    /** Rebuilds a stored subscriber exactly as it was saved; used by storage adapters. */
    public static MailSubscriber reconstitute(SubscriberId id, EmailAddress email, Instant createdAt,
                                              Instant confirmationSentAt, Instant confirmedAt, Instant unsubscribedAt,
                                              boolean moderationDigest, long version) {
        return new MailSubscriber(id, email, createdAt, confirmationSentAt, confirmedAt, unsubscribedAt, moderationDigest,
                version);
    }

    /** Addresses are kept and compared lower-case (in {@link Locale#ROOT}), as the comment checks compare them. */
    public static EmailAddress normalised(EmailAddress email) {
        return new EmailAddress(email.value().toLowerCase(Locale.ROOT));
    }

    /** Whether the site may write to the address now: confirmed, and not unsubscribed since. */
    public boolean receivesMail() {
        return confirmedAt != null && unsubscribedAt == null;
    }

    /** Whether it waits for its owner to follow the confirmation link. */
    public boolean awaitsConfirmation() {
        return confirmedAt == null && unsubscribedAt == null;
    }

    /**
     * Its owner asks (again) to be written to: an unsubscribed address awaits a new confirmation (a
     * confirmation link mailed before works again while it lasts). Answers whether a confirmation link
     * should be mailed now: the address awaits confirmation and none was mailed within
     * {@link #CONFIRMATION_RESEND_AFTER}, so that a form cannot be used to send someone more than one a day.
     */
    public boolean ask(Instant at) {
        if (unsubscribedAt != null) {
            unsubscribedAt = null;
            confirmedAt = null;
        }
        return awaitsConfirmation()
                && (confirmationSentAt == null || !confirmationSentAt.plus(CONFIRMATION_RESEND_AFTER).isAfter(at));
    }

    /** A confirmation link was queued for the address. */
    public void confirmationSent(Instant at) {
        confirmationSentAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Its owner followed the confirmation link. Answers false, changing nothing, unless the address
     * awaited confirmation (an old link cannot undo an unsubscription).
     */
    public boolean confirm(Instant at) {
        if (!awaitsConfirmation()) {
            return false;
        }
        confirmedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    /** Stops every message to the address, digest included; answers false if it was stopped already. */
    public boolean unsubscribe(Instant at) {
        if (unsubscribedAt != null) {
            return false;
        }
        unsubscribedAt = Objects.requireNonNull(at, "at");
        moderationDigest = false;
        return true;
    }

    /**
     * A signed-in staff member chooses whether their own address gets the moderation digest; choosing it
     * confirms the address (it is theirs) and undoes an earlier unsubscription.
     */
    public void chooseModerationDigest(boolean wanted, Instant at) {
        if (wanted) {
            if (!receivesMail()) {
                unsubscribedAt = null;
                confirmedAt = Objects.requireNonNull(at, "at");
            }
        }
        moderationDigest = wanted;
    }

    public SubscriberId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> confirmationSentAt() {
        return Optional.ofNullable(confirmationSentAt);
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public Optional<Instant> unsubscribedAt() {
        return Optional.ofNullable(unsubscribedAt);
    }

    /** Whether the owner, a staff member, wants the moderation digest. */
    public boolean moderationDigest() {
        return moderationDigest;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailSubscriber subscriber && subscriber.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "MailSubscriber[" + id + (receivesMail() ? ", confirmed" : awaitsConfirmation() ? ", awaiting" : ", stopped")
                + "]";
    }
}
