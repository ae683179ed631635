package org.hrcities.platform.application.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.application.service.mail.FakeOutbox;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.application.service.mail.TestSiteKeys;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.notification.MailSubscriber;
import org.hrcities.platform.domain.notification.SubscriberId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModerationDigestServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final MailSettings MAIL = new MailSettings(true, URI.create("https://news.example.org"));
    private static final Duration HOUR = Duration.ofHours(1);

    private final FakeSubscribers subscribers = new FakeSubscribers();
    private final FakeOutbox outbox = new FakeOutbox();
    private final CommentRepository comments = mock(CommentRepository.class);
    private final PostRepository posts = mock(PostRepository.class);
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final SignedLinks links = new SignedLinks(TestSiteKeys.seeded(9), now::get);
    private Instant lastRun;
    private final ScheduledJobsPort jobs = (job, at, every) -> {
        if (lastRun != null && lastRun.plus(every).isAfter(at)) {
            return false;
        }
        lastRun = at;
        return true;
    };
    private final Post post = PostFixtures.aPublishedPost();
    private ModerationDigestService service;

    @BeforeEach
    void setUp() {
        service = new ModerationDigestService(comments, posts, subscribers, jobs,
                new CommentNotifications(subscribers, outbox, links, MAIL), MAIL, HOUR, new RecordingTransactions(), now::get);
        when(posts.findById(any())).thenReturn(Optional.of(post));
        MailSubscriber moderator = MailSubscriber.staff(SubscriberId.generate(), new EmailAddress("m@example.org"), T0);
        moderator.chooseModerationDigest(true, T0);
        subscribers.save(moderator);
    }

    private void waiting(Comment... pending) {
        when(comments.findForModeration(any(), any())).thenReturn(new Page<>(List.of(pending), PageRequest.first(10),
                pending.length));
    }

    @Test
    void sends_one_digest_per_period_when_comments_arrived_and_wait() {
        waiting(CommentFixtures.aPendingComment(post, T0.minusSeconds(60)));
        assertEquals(1, service.sendModerationDigest());
        OutgoingMail digest = outbox.all().get(0);
        assertEquals(MailKind.MODERATION_DIGEST, digest.message().kind());
        assertEquals("1 comment waits for moderation", digest.message().subject());
        assertTrue(digest.message().text().contains("https://news.example.org/admin/comments?status=pending"));
        assertTrue(digest.message().unsubscribeIfAny().isPresent());

        now.set(T0.plus(Duration.ofMinutes(59)));
        waiting(CommentFixtures.aPendingComment(post, T0.plus(Duration.ofMinutes(58))));
        assertEquals(0, service.sendModerationDigest(), "at most one per period");
        now.set(T0.plus(HOUR));
        assertEquals(1, service.sendModerationDigest(), "the next period's");
    }

    @Test
    void a_quiet_queue_writes_to_nobody() {
        waiting();
        assertEquals(0, service.sendModerationDigest(), "nothing waits");
        now.set(T0.plus(HOUR));
        waiting(CommentFixtures.aPendingComment(post, T0.minus(Duration.ofDays(2))));
        assertEquals(0, service.sendModerationDigest(), "old comments wait, none arrived in the period");
        assertEquals(List.of(), outbox.all());
    }
}
