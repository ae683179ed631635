package org.hrcities.platform.application.service.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.MailMessage;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;
import org.hrcities.platform.domain.post.Post;

/**
 * The messages comments cause, written to the outbox in the transaction of the comment or the
 * decision that causes them: a confirmation link the first time an address asks for news of its
 * comment, then, once confirmed, a message when the comment is published and when a reply to it is.
 * Nothing is written when the site sends no mail, nor to an address not confirmed or unsubscribed.
 * Called by the services inside their transactions; not a use case of its own.
 */
public final class CommentNotifications {

    /** Purpose of the links that confirm an address. */
    public static final String CONFIRM = "confirm-address";
    /** Purpose of the links that stop every message to an address. */
    public static final String UNSUBSCRIBE = "unsubscribe";
    /** How long a confirmation link works. */
    public static final Duration CONFIRMATION_VALID = Duration.ofDays(7);

    private final MailSubscriberRepository subscribers;
    private final OutboxRepository outbox;
    private final SignedLinks links;
    private final MailSettings settings;

    public CommentNotifications(MailSubscriberRepository subscribers, OutboxRepository outbox, SignedLinks links,
                                MailSettings settings) {
        this.subscribers = Objects.requireNonNull(subscribers);
        this.outbox = Objects.requireNonNull(outbox);
        this.links = Objects.requireNonNull(links);
        this.settings = Objects.requireNonNull(settings);
    }

    /** Whether commenters may ask for news of their comments: only when the site sends mail. */
    public boolean offered() {
        return settings.enabled();
    }

    /**
     * The commenter of a comment just stored asked for news of it: the comment is watched for its
     * address, and the address, unless confirmed, is sent a confirmation link (at most one a day).
     */
    public void watchRequested(Comment comment, Post post, Instant now) {
        if (!settings.enabled()) {
            return;
        }
        EmailAddress email = comment.commenter().email();
        MailSubscriber subscriber = subscribers.findByEmail(email)
                .orElseGet(() -> MailSubscriber.reader(SubscriberId.generate(), email, now));
        boolean confirmationDue = subscriber.ask(now);
        if (confirmationDue) {
            subscriber.confirmationSent(now);
        }
        subscribers.save(subscriber);
        subscribers.watch(comment.id(), subscriber.id());
        if (confirmationDue) {
            String token = links.sign(CONFIRM, subscriber.id().toString(), now.plus(CONFIRMATION_VALID));
            queue(subscriber, MailKind.ADDRESS_CONFIRMATION,
                    "Please confirm your address for news of your comment",
                    "Hello " + comment.commenter().name() + ",\n\n"
                            + "you asked to be told by email when your comment on “" + MailTexts.oneLine(post.title())
                            + "” is published or someone replies to it. Please confirm that this address is yours by"
                            + " following this link (it works for " + CONFIRMATION_VALID.toDays() + " days):\n\n"
                            + settings.link("/mail/confirm/" + token) + "\n\n"
                            + "Until you do, we send nothing else to this address. If you did not ask for this,"
                            + " ignore this message.",
                    MailTexts.SOMEONE_ASKED, now);
        }
    }

    /**
     * A comment became public for the first time (on arrival or by a moderator): its watcher is told it
     * is published (unless it was public at once, which its writer saw), and the watcher of the comment
     * it answers is told of the reply, unless the two are the same address.
     *
     * @param onArrival whether it was made public by the rules on arrival rather than by a moderator
     * @param parentOrNull the comment it answers, or null for a top-level comment
     */
    public void published(Comment comment, Comment parentOrNull, Post post, boolean onArrival, Instant now) {
        if (!settings.enabled()) {
            return;
        }
        String address = settings.link("/posts/" + post.slug().value() + "#comment-" + comment.id()).toString();
        if (!onArrival) {
            subscribers.findWatcher(comment.id()).filter(MailSubscriber::receivesMail).ifPresent(watcher ->
                    queue(watcher, MailKind.COMMENT_PUBLISHED,
                            "Your comment on “" + MailTexts.titleForSubject(post.title()) + "” is published",
                            "Hello " + comment.commenter().name() + ",\n\nyour comment on “"
                                    + MailTexts.oneLine(post.title()) + "” is now published:\n\n" + address
                                    + "\n\nWe will tell you when someone replies to it.",
                            MailTexts.ASKED_ON_THE_SITE, now));
        }
        if (parentOrNull == null) {
            return;
        }
        Optional<MailSubscriber> parentWatcher = subscribers.findWatcher(parentOrNull.id())
                .filter(MailSubscriber::receivesMail)
                .filter(watcher -> comment.commenter().emailIfGiven()
                        .map(email -> !watcher.email().value().equals(lower(email))).orElse(true));
        parentWatcher.ifPresent(watcher -> queue(watcher, MailKind.COMMENT_REPLY,
                "New reply to your comment on “" + MailTexts.titleForSubject(post.title()) + "”",
                "Hello " + parentOrNull.commenter().name() + ",\n\n" + comment.commenter().name()
                        + " replied to your comment on “" + MailTexts.oneLine(post.title()) + "”:\n\n"
                        + quoted(comment.text().value()) + "\n\nRead it and answer on the site:\n" + address,
                MailTexts.ASKED_ON_THE_SITE, now));
    }

    /** The signed link that stops every message to the subscriber's address; it never expires. */
    public java.net.URI unsubscribeLink(MailSubscriber subscriber) {
        return settings.link("/mail/unsubscribe/" + links.sign(UNSUBSCRIBE, subscriber.id().toString(), null));
    }

    /**
     * Queues a message to a subscriber with what every such message carries: a footer saying {@code why}
     * it came and the link that stops every message, and that link as RFC 8058's header.
     */
    void queue(MailSubscriber to, MailKind kind, String subject, String body, String why, Instant now) {
        java.net.URI unsubscribe = unsubscribeLink(to);
        outbox.save(OutgoingMail.queue(MailId.generate(), new MailMessage(kind, to.email(), subject,
                body + MailTexts.footer(why, unsubscribe.toString()), unsubscribe), now));
    }

    private static String lower(EmailAddress email) {
        return email.value().toLowerCase(Locale.ROOT);
    }

    /** The reply's text, each line marked as a quotation, at most 1,000 characters. */
    private static String quoted(String text) {
        String shortened = text.length() <= 1_000 ? text : text.substring(0, 999) + "…";
        return "> " + shortened.replace("\n", "\n> ");
    }
}
