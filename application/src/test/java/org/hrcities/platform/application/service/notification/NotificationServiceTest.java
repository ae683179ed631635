package org.hrcities.platform.application.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.in.notification.MailLinkStatus;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.application.service.mail.FakeOutbox;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.application.service.mail.TestSiteKeys;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final MailSettings MAIL = new MailSettings(true, URI.create("https://news.example.org"));

    private final FakeSubscribers subscribers = new FakeSubscribers();
    private final FakeOutbox outbox = new FakeOutbox();
    private final AccountRepository accounts = mock(AccountRepository.class);
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final SignedLinks links = new SignedLinks(TestSiteKeys.seeded(5), now::get);
    private final CommentNotifications notifications = new CommentNotifications(subscribers, outbox, links, MAIL);
    private final NotificationService service = new NotificationService(subscribers, accounts, links, MAIL,
            Duration.ofMinutes(60), new RecordingTransactions(), now::get);

    /** The token of the first link in the last message whose path starts with {@code prefix}. */
    private String token(String prefix) {
        String text = outbox.all().get(outbox.all().size() - 1).message().text();
        int start = text.indexOf(prefix) + prefix.length();
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private Comment watched(String address) {
        Post post = PostFixtures.aPublishedPost();
        Comment comment = Comment.submit(post, org.hrcities.platform.domain.comment.CommentId.generate(),
                new org.hrcities.platform.domain.comment.Commenter("Lea", new EmailAddress(address), null),
                new org.hrcities.platform.domain.comment.CommentText("Hello"), null, T0);
        notifications.watchRequested(comment, post, T0);
        return comment;
    }

    @Test
    void a_confirmation_link_confirms_once_and_expires_after_seven_days() {
        watched("lea@example.org");
        String token = token("/mail/confirm/");
        assertEquals(MailLinkStatus.VALID, service.checkConfirmationLink(token));
        assertEquals(MailLinkStatus.DONE, service.confirmAddress(token));
        assertEquals(MailLinkStatus.ALREADY_DONE, service.confirmAddress(token));
        assertTrue(subscribers.findByEmail(new EmailAddress("lea@example.org")).orElseThrow().receivesMail());

        watched("bob@example.org");
        String late = token("/mail/confirm/");
        now.set(T0.plus(Duration.ofDays(7)));
        assertEquals(MailLinkStatus.EXPIRED, service.confirmAddress(late));
        assertFalse(subscribers.findByEmail(new EmailAddress("bob@example.org")).orElseThrow().receivesMail());
        assertEquals(MailLinkStatus.INVALID, service.confirmAddress("x" + late));
    }

    @Test
    void an_unsubscribe_link_works_without_signing_in_and_never_expires() {
        watched("lea@example.org");
        service.confirmAddress(token("/mail/confirm/"));
        MailSubscriber lea = subscribers.findByEmail(new EmailAddress("lea@example.org")).orElseThrow();
        String path = notifications.unsubscribeLink(lea).getRawPath();
        String token = path.substring("/mail/unsubscribe/".length());
        now.set(T0.plus(Duration.ofDays(3650)));
        assertEquals(MailLinkStatus.VALID, service.checkUnsubscribeLink(token));
        assertEquals(MailLinkStatus.DONE, service.unsubscribe(token));
        assertEquals(MailLinkStatus.ALREADY_DONE, service.unsubscribe(token));
        assertFalse(subscribers.findById(lea.id()).orElseThrow().receivesMail());
        assertEquals(MailLinkStatus.INVALID, service.unsubscribe(service.checkConfirmationLink(token).name()),
                "nonsense is invalid");
        subscribers.deleteByEmail(new EmailAddress("lea@example.org"));
        assertEquals(MailLinkStatus.INVALID, service.unsubscribe(token), "an address forgotten since");
    }

    @Test
    void a_confirmation_token_does_not_unsubscribe() {
        watched("lea@example.org");
        String confirm = token("/mail/confirm/");
        assertEquals(MailLinkStatus.INVALID, service.unsubscribe(confirm));
    }

    @Test
    void staff_choose_the_digest_for_the_address_of_their_account() {
        AccountId id = AccountId.generate();
        Account account = mock(Account.class);
        when(account.email()).thenReturn(new EmailAddress("moderator@example.org"));
        when(accounts.findById(id)).thenReturn(Optional.of(account));
        assertFalse(service.receivesModerationDigest(id));
        service.chooseModerationDigest(id, true);
        assertTrue(service.receivesModerationDigest(id));
        service.chooseModerationDigest(id, false);
        assertFalse(service.receivesModerationDigest(id));
    }
}
