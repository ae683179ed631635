package org.hrcities.platform.application.service.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hrcities.platform.application.port.in.notification.ChooseModerationDigestUseCase;
import org.hrcities.platform.application.port.in.notification.ConfirmAddressUseCase;
import org.hrcities.platform.application.port.in.notification.MailLinkStatus;
import org.hrcities.platform.application.port.in.notification.ReadMailOptionsUseCase;
import org.hrcities.platform.application.port.in.notification.UnsubscribeUseCase;
import org.hrcities.platform.application.port.in.account.AccountNotFoundException;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;

/**
 * What people do with the site's messages: confirm an address, stop every message to it (the
 * one-click unsubscribe, no sign-in), and, for staff, choose the moderation digest.
 */
public class NotificationService implements ConfirmAddressUseCase, UnsubscribeUseCase, ChooseModerationDigestUseCase,
        ReadMailOptionsUseCase {

    private final MailSubscriberRepository subscribers;
    private final AccountRepository accounts;
    private final SignedLinks links;
    private final MailSettings settings;
    private final Duration digestPeriod;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public NotificationService(MailSubscriberRepository subscribers, AccountRepository accounts, SignedLinks links,
                               MailSettings settings, Duration digestPeriod, TransactionPort transactions, ClockPort clock) {
        this.subscribers = Objects.requireNonNull(subscribers);
        this.accounts = Objects.requireNonNull(accounts);
        this.links = Objects.requireNonNull(links);
        this.settings = Objects.requireNonNull(settings);
        this.digestPeriod = Objects.requireNonNull(digestPeriod);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public boolean sendsMail() {
        return settings.enabled();
    }

    @Override
    public long moderationDigestMinutes() {
        return digestPeriod.toMinutes();
    }

    @Override
    public MailLinkStatus checkConfirmationLink(String token) {
        return withSubscriber(CommentNotifications.CONFIRM, token, subscriber ->
                subscriber.awaitsConfirmation() ? MailLinkStatus.VALID : MailLinkStatus.ALREADY_DONE, false);
    }

    @Override
    public MailLinkStatus confirmAddress(String token) {
        return withSubscriber(CommentNotifications.CONFIRM, token, subscriber ->
                subscriber.confirm(clock.now()) ? MailLinkStatus.DONE : MailLinkStatus.ALREADY_DONE, true);
    }

    @Override
    public MailLinkStatus checkUnsubscribeLink(String token) {
        return withSubscriber(CommentNotifications.UNSUBSCRIBE, token, subscriber ->
                subscriber.unsubscribedAt().isPresent() ? MailLinkStatus.ALREADY_DONE : MailLinkStatus.VALID, false);
    }

    @Override
    public MailLinkStatus unsubscribe(String token) {
        return withSubscriber(CommentNotifications.UNSUBSCRIBE, token, subscriber ->
                subscriber.unsubscribe(clock.now()) ? MailLinkStatus.DONE : MailLinkStatus.ALREADY_DONE, true);
    }

    @Override
    public boolean receivesModerationDigest(AccountId member) {
        return transactions.inTransaction(() -> accounts.findById(member)
                .flatMap(account -> subscribers.findByEmail(account.email()))
                .filter(MailSubscriber::moderationDigest).isPresent());
    }

    @Override
    public void chooseModerationDigest(AccountId member, boolean wanted) {
        transactions.inTransaction(() -> {
            EmailAddress staffEmail = accounts.findById(member).orElseThrow(AccountNotFoundException::new).email();
            Optional<MailSubscriber> known = subscribers.findByEmail(staffEmail);
            if (known.isEmpty() && !wanted) {
                return;
            }
            MailSubscriber subscriber = known
                    .orElseGet(() -> MailSubscriber.staff(SubscriberId.generate(), staffEmail, clock.now()));
            subscriber.chooseModerationDigest(wanted, clock.now());
            subscribers.save(subscriber);
        });
    }

    /** The subscriber a link names, when the link is good, given to {@code work}; changes stored when {@code writes}. */
    private MailLinkStatus withSubscriber(String purpose, String token,
                                          java.util.function.Function<MailSubscriber, MailLinkStatus> work,
                                          boolean writes) {
        SignedLinks.Check check = links.check(purpose, token);
        if (check instanceof SignedLinks.Expired) {
            return MailLinkStatus.EXPIRED;
        }
        if (!(check instanceof SignedLinks.Valid valid)) {
            return MailLinkStatus.INVALID;
        }
        SubscriberId id;
        try {
            id = new SubscriberId(UUID.fromString(valid.subject()));
        } catch (IllegalArgumentException notAnId) {
            return MailLinkStatus.INVALID;
        }
        return transactions.inTransaction(() -> {
            Optional<MailSubscriber> subscriber = subscribers.findById(id);
            if (subscriber.isEmpty()) {
                return MailLinkStatus.INVALID;
            }
            MailLinkStatus status = work.apply(subscriber.get());
            if (writes && status == MailLinkStatus.DONE) {
                subscribers.save(subscriber.get());
            }
            return status;
        });
    }
}
