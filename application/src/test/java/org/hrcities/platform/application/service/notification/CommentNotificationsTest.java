package org.hrcities.platform.application.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.service.mail.FakeOutbox;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.application.service.mail.TestSiteKeys;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.Test;

class CommentNotificationsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final MailSettings MAIL = new MailSettings(true, URI.create("https://news.example.org"));

    private final FakeSubscribers subscribers = new FakeSubscribers();
    private final FakeOutbox outbox = new FakeOutbox();
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final SignedLinks links = new SignedLinks(TestSiteKeys.seeded(3), now::get);
    private final CommentNotifications notifications = new CommentNotifications(subscribers, outbox, links, MAIL);
    private final Post post = PostFixtures.aPublishedPost();

    private List<MailKind> kinds() {
        return outbox.all().stream().map(mail -> mail.message().kind()).toList();
    }

    private void confirm(Comment comment) {
        MailSubscriber subscriber = subscribers.findByEmail(comment.commenter().email()).orElseThrow();
        subscriber.confirm(T0);
        subscribers.save(subscriber);
    }

    @Test
    void the_first_request_mails_a_confirmation_link_and_nothing_else_until_it_is_followed() {
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        notifications.watchRequested(comment, post, T0);
        notifications.watchRequested(CommentFixtures.aPendingComment(post, T0), post, T0.plusSeconds(5));
        assertEquals(List.of(MailKind.ADDRESS_CONFIRMATION), kinds(), "one link, however often asked within a day");
        OutgoingMail confirmation = outbox.all().get(0);
        assertTrue(confirmation.message().unsubscribeIfAny().isPresent(), "every message can stop them all");
        assertTrue(confirmation.message().text().contains("https://news.example.org/mail/confirm/"),
                confirmation.message().text());

        comment.approve();
        notifications.published(comment, null, post, false, T0);
        assertEquals(1, outbox.all().size(), "an unconfirmed address gets nothing else");
    }

    @Test
    void a_confirmed_watcher_hears_of_publication_and_of_replies_by_others() {
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        notifications.watchRequested(comment, post, T0);
        confirm(comment);
        comment.approve();
        notifications.published(comment, null, post, false, T0);
        Comment reply = CommentFixtures.anApprovedReply(post, comment, T0.plusSeconds(60));
        notifications.published(reply, comment, post, true, T0.plusSeconds(60));
        assertEquals(List.of(MailKind.ADDRESS_CONFIRMATION, MailKind.COMMENT_PUBLISHED, MailKind.COMMENT_REPLY), kinds());
        OutgoingMail replyMail = outbox.all().get(2);
        assertTrue(replyMail.message().subject().startsWith("New reply to your comment on “"));
        assertTrue(replyMail.message().unsubscribeIfAny().orElseThrow().toString()
                .startsWith("https://news.example.org/mail/unsubscribe/"));
        assertTrue(replyMail.message().text().contains("/posts/" + post.slug().value() + "#comment-" + reply.id()));
    }

    @Test
    void nobody_hears_of_a_comment_published_at_once_or_of_their_own_reply() {
        Comment comment = CommentFixtures.anApprovedComment(post, T0);
        notifications.watchRequested(comment, post, T0);
        confirm(comment);
        notifications.published(comment, null, post, true, T0);
        Comment ownReply = Comment.submit(post, org.hrcities.platform.domain.comment.CommentId.generate(),
                comment.commenter(), new org.hrcities.platform.domain.comment.CommentText("And one more thing"), comment, T0);
        ownReply.approve();
        notifications.published(ownReply, comment, post, true, T0);
        assertEquals(List.of(MailKind.ADDRESS_CONFIRMATION), kinds());
    }

    @Test
    void a_site_without_mail_writes_nothing() {
        CommentNotifications none = new CommentNotifications(subscribers, outbox, links,
                MailSettings.disabled(URI.create("https://news.example.org")));
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        none.watchRequested(comment, post, T0);
        comment.approve();
        none.published(comment, null, post, false, T0);
        assertEquals(List.of(), outbox.all());
        assertEquals(false, none.offered());
    }
}
