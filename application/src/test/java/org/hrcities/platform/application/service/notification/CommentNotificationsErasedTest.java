package org.hrcities.platform.application.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A reply whose author had their data erased (no email any more) still tells the parent's watcher. */
@ExtendWith(MockitoExtension.class)
class CommentNotificationsErasedTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @Mock
    private MailSubscriberRepository subscribers;
    @Mock
    private OutboxRepository outbox;

    @Test
    void an_anonymised_reply_published_by_a_moderator_notifies_the_parents_watcher() {
        Post post = PostFixtures.aPublishedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, NOW.minusSeconds(600));
        Comment reply = CommentFixtures.aPendingComment(post, NOW.minusSeconds(60));
        reply = Comment.reconstitute(reply.id(), post.id(), parent.id(), 2, reply.commenter(), reply.text(),
                reply.submittedAt(), null, reply.status(), 1);
        reply.anonymise();
        reply.approve();
        MailSubscriber watcher = MailSubscriber.reader(SubscriberId.generate(), EmailAddress.parse("watcher@example.org"),
                NOW.minusSeconds(900));
        watcher.ask(NOW.minusSeconds(900));
        watcher.confirm(NOW.minusSeconds(800));
        when(subscribers.findWatcher(parent.id())).thenReturn(Optional.of(watcher));
        when(subscribers.findWatcher(reply.id())).thenReturn(Optional.empty());
        SignedLinks links = new SignedLinks(org.hrcities.platform.application.service.mail.TestSiteKeys.seeded(3), () -> NOW);

        new CommentNotifications(subscribers, outbox, links, new MailSettings(true, URI.create("https://news.example.org")))
                .published(reply, parent, post, false, NOW);

        ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
        verify(outbox).save(mail.capture());
        assertEquals(MailKind.COMMENT_REPLY, mail.getValue().message().kind());
        assertEquals(EmailAddress.parse("watcher@example.org"), mail.getValue().message().to());
    }
}
