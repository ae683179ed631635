package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase.Confirmed;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase.Erased;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase.ExportReady;
import org.hrcities.platform.application.port.in.privacy.DataRequestLimitException;
import org.hrcities.platform.application.port.in.privacy.DataRequestLinkException;
import org.hrcities.platform.application.port.in.privacy.DataRequestSummary;
import org.hrcities.platform.application.port.in.privacy.DownloadPersonalDataUseCase.PersonalDataCopy;
import org.hrcities.platform.application.port.in.privacy.MailUnavailableException;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataCommand;
import org.hrcities.platform.application.service.comment.FloodGuard;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.application.service.privacy.PersonalDataService;
import org.hrcities.platform.application.service.privacy.SenderDataRetentionService;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.privacy.DataRequestState;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commenters' rights to their data, run on every storage adapter: requests confirmed by mailed
 * links, the one-time export, the erasure in one transaction, and the retention of sender data.
 */
public abstract class PersonalDataContract extends StorageContract {

    private static final URI SITE = URI.create("https://news.example.org");
    private static final Pattern LINK = Pattern.compile("https://news\\.example\\.org(/\\S+)");
    private static final EmailAddress ANA = EmailAddress.parse("Ana@example.org");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final FloodGuard floodControl = new FloodGuard();
    private final ForgottenSubscribers subscribers = new ForgottenSubscribers();
    private final SiteKeyPort keys = org.hrcities.platform.application.service.mail.TestSiteKeys.seeded(41);
    private PersonalDataService service;
    private Post post;

    /** The outbox as a list; it can be told to fail, as a second write that fails. */
    static final class RecordingOutbox implements OutboxRepository {
        final List<OutgoingMail> saved = new ArrayList<>();
        boolean failing;

        @Override
        public void save(OutgoingMail mail) {
            if (failing) {
                throw new IllegalStateException("the outbox refuses the message");
            }
            saved.add(mail);
        }

        @Override
        public Optional<OutgoingMail> findById(MailId id) {
            return saved.stream().filter(mail -> mail.id().equals(id)).findFirst();
        }

        @Override
        public List<OutgoingMail> claimDue(Instant at, Duration lease, int limit) {
            return List.of();
        }

        @Override
        public Page<OutgoingMail> findByState(DeliveryState state, PageRequest page) {
            return Page.of(List.of(), page);
        }

        @Override
        public Map<DeliveryState, Long> countByState() {
            return new HashMap<>();
        }

        @Override
        public int deleteSentBefore(Instant before) {
            return 0;
        }

        final List<EmailAddress> forgotten = new ArrayList<>();

        @Override
        public int deleteAllTo(EmailAddress to) {
            forgotten.add(to);
            return 0;
        }

        OutgoingMail last() {
            return saved.get(saved.size() - 1);
        }
    }

    /** Mail subscribers: none stored; records the addresses it was told to forget. */
    static final class ForgottenSubscribers implements MailSubscriberRepository {
        final List<EmailAddress> forgotten = new ArrayList<>();

        @Override
        public void save(org.hrcities.platform.domain.notification.MailSubscriber subscriber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<org.hrcities.platform.domain.notification.MailSubscriber> findById(
                org.hrcities.platform.domain.notification.SubscriberId id) {
            return Optional.empty();
        }

        @Override
        public Optional<org.hrcities.platform.domain.notification.MailSubscriber> findByEmail(EmailAddress email) {
            return Optional.empty();
        }

        @Override
        public void watch(CommentId comment, org.hrcities.platform.domain.notification.SubscriberId subscriber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<org.hrcities.platform.domain.notification.MailSubscriber> findWatcher(CommentId comment) {
            return Optional.empty();
        }

        @Override
        public List<org.hrcities.platform.domain.notification.MailSubscriber> findDigestSubscribers() {
            return List.of();
        }

        @Override
        public boolean deleteByEmail(EmailAddress email) {
            forgotten.add(email);
            return false;
        }
    }

    @BeforeEach
    void wire() {
        service = service(new MailSettings(true, SITE));
        post = PostFixtures.aPublishedPost();
        inTx(() -> storage.posts().save(post));
    }

    private PersonalDataService service(MailSettings mail) {
        return new PersonalDataService(storage.dataRequests(), storage.comments(), storage.posts(), storage.moderationLog(),
                storage.discussionSettings(), floodControl, outbox, subscribers, new SignedLinks(keys, now::get), mail,
                storage.transactions(), now::get);
    }

    private Comment stored(String email, String name, Comment parent, Instant at) {
        Comment comment = Comment.submit(post, CommentId.generate(), new Commenter(name, EmailAddress.parse(email),
                        new WebsiteUrl("https://" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example.org")),
                new CommentText("Words of " + name + " at " + at), parent, "192.0.2.7", "Browser/" + name, at);
        ModerationRecord arrival = comment.receive(new org.hrcities.platform.domain.comment.ModerationDecision(
                org.hrcities.platform.domain.comment.ModerationStatus.APPROVED, "known-commenter", "known"), at);
        inTx(() -> {
            storage.comments().save(comment);
            storage.moderationLog().append(arrival);
        });
        return inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
    }

    private static String path(OutgoingMail mail) {
        Matcher link = LINK.matcher(mail.message().text());
        assertTrue(link.find(), "the mail holds a link: " + mail.message().text());
        return link.group(1);
    }

    private static String token(OutgoingMail mail) {
        String path = path(mail);
        return path.substring(path.indexOf("token=") + "token=".length());
    }

    private String request(EmailAddress email, DataRequestKind kind) {
        service.requestPersonalData(new RequestPersonalDataCommand(email, kind, DataRequestOrigin.VISITOR, "198.51.100.1"));
        OutgoingMail mail = outbox.last();
        assertEquals(MailKind.DATA_REQUEST_CONFIRMATION, mail.message().kind());
        assertEquals(email, mail.message().to());
        assertTrue(path(mail).startsWith("/privacy/requests/confirm?token="));
        return token(mail);
    }

    @Test
    void a_request_for_an_unknown_address_is_answered_and_mailed_as_one_for_a_known_address() {
        stored("ana@example.org", "Ana Lima", null, T0);

        DataRequestSummary known = service.requestPersonalData(new RequestPersonalDataCommand(ANA, DataRequestKind.EXPORT,
                DataRequestOrigin.VISITOR, "198.51.100.1"));
        OutgoingMail toKnown = outbox.last();
        DataRequestSummary unknown = service.requestPersonalData(new RequestPersonalDataCommand(
                EmailAddress.parse("nobody@example.org"), DataRequestKind.EXPORT, DataRequestOrigin.VISITOR, "198.51.100.1"));
        OutgoingMail toUnknown = outbox.last();

        assertEquals(2, outbox.saved.size());
        assertEquals(toKnown.message().subject(), toUnknown.message().subject());
        assertEquals(toKnown.message().text().replaceAll("token=\\S+", ""),
                toUnknown.message().text().replaceAll("token=\\S+", ""));
        assertEquals(DataRequestState.AWAITING_CONFIRMATION, known.state());
        assertEquals(DataRequestState.AWAITING_CONFIRMATION, unknown.state());
    }

    @Test
    void an_export_is_confirmed_mailed_and_downloaded_once_with_every_comment_of_the_address() throws IOException {
        Comment first = stored("ana@example.org", "Ana Lima", null, T0);
        stored("ANA@example.org", "Ana L.", first, T0.plusSeconds(60));
        stored("someone@example.org", "Someone Else", null, T0.plusSeconds(90));
        String token = request(ANA, DataRequestKind.EXPORT);
        assertEquals(DataRequestKind.EXPORT, service.readConfirmation(token));

        now.set(T0.plusSeconds(3600));
        Confirmed confirmed = service.confirm(token);
        ExportReady ready = assertInstanceOf(ExportReady.class, confirmed);
        OutgoingMail readyMail = outbox.last();
        assertEquals(MailKind.DATA_EXPORT_READY, readyMail.message().kind());
        assertTrue(readyMail.message().text().contains(ready.downloadLink().toString()));
        assertEquals(T0.plusSeconds(3600).plus(Duration.ofDays(7)), ready.until());
        assertEquals(DataRequestLinkException.Problem.USED,
                assertThrows(DataRequestLinkException.class, () -> service.confirm(token)).problem());

        String download = token(readyMail);
        service.checkDownload(download);
        PersonalDataCopy copy = service.download(download);
        Map<String, String> files = unzip(copy.zip());
        assertEquals(List.of("personal-data.html", "personal-data.json"), files.keySet().stream().sorted().toList());
        String json = files.get("personal-data.json");
        assertTrue(json.contains("\"name\": \"Ana Lima\""));
        assertTrue(json.contains("\"name\": \"Ana L.\""));
        assertFalse(json.contains("Someone Else"));
        assertTrue(json.contains("\"senderAddress\": \"192.0.2.7\""));
        assertTrue(json.contains("\"userAgent\": \"Browser/Ana Lima\""));
        assertTrue(json.contains("\"action\": \"RECEIVED\""));
        assertFalse(json.contains("known-commenter"), "who took a decision is left out");
        assertTrue(json.contains("\"title\": \"" + post.title() + "\""));
        assertTrue(files.get("personal-data.html").contains("Ana Lima"));

        DataRequestLinkException again = assertThrows(DataRequestLinkException.class, () -> service.download(download));
        assertEquals(DataRequestLinkException.Problem.USED, again.problem());
        assertEquals(DataRequestState.COMPLETED, inTx(() -> service.listPersonalDataRequests(PageRequest.first(10)))
                .items().get(0).state());
    }

    @Test
    void the_export_escapes_what_commenters_typed() throws IOException {
        Comment hostile = Comment.submit(post, CommentId.generate(), new Commenter("<script>alert(1)</script> \"Q\"",
                ANA, null), new CommentText("</pre><img src=x onerror=alert(1)>\nline"), null, null, null, T0);
        inTx(() -> storage.comments().save(hostile));
        String token = request(ANA, DataRequestKind.EXPORT);
        service.confirm(token);
        Map<String, String> files = unzip(service.download(token(outbox.last())).zip());

        assertFalse(files.get("personal-data.html").contains("<script>"));
        assertFalse(files.get("personal-data.html").contains("<img"));
        assertTrue(files.get("personal-data.json").contains("\\\"Q\\\""));
        assertTrue(files.get("personal-data.json").contains("\\nline"));
    }

    @Test
    void an_erasure_anonymises_every_comment_of_the_address_forgets_the_sender_and_mails_the_counts() {
        Comment mine = stored("ana@example.org", "Ana Lima", null, T0);
        Comment reply = stored("someone@example.org", "Someone Else", mine, T0.plusSeconds(30));
        floodControl.admit(FloodGuard.senders("192.0.2.7", ANA), T0, Duration.ofHours(1));
        String token = request(ANA, DataRequestKind.ERASURE);

        Erased erased = assertInstanceOf(Erased.class, service.confirm(token));

        assertEquals(new Erased(1, 0), erased);
        Comment anonymised = inTx(() -> storage.comments().findById(mine.id())).orElseThrow();
        assertEquals("Anonymous", anonymised.commenter().name());
        assertEquals(Optional.empty(), anonymised.commenter().emailIfGiven());
        assertEquals(Optional.empty(), anonymised.commenter().websiteIfGiven());
        assertEquals(Optional.empty(), anonymised.senderAddress());
        assertEquals(Optional.empty(), anonymised.userAgent());
        assertEquals(mine.text(), anonymised.text());
        assertEquals("Someone Else", inTx(() -> storage.comments().findById(reply.id())).orElseThrow().commenter().name());
        assertFalse(inTx(() -> storage.comments().hasApprovedComment("Ana Lima", ANA)), "no longer a known commenter");
        assertFalse(inTx(() -> storage.comments().existsDuplicate(post.id(), ANA, mine.text())));
        assertTrue(floodControl.admit(FloodGuard.senders("192.0.2.7", ANA), T0.plusSeconds(1), Duration.ofHours(1))
                .refusedFor().isEmpty(), "the flood control forgot the address");
        assertEquals(List.of(ANA), subscribers.forgotten, "the mail subscription is forgotten");
        assertEquals(List.of(ANA), outbox.forgotten, "the messages to the address are forgotten");
        OutgoingMail done = outbox.last();
        assertEquals(MailKind.DATA_ERASED, done.message().kind());
        assertTrue(done.message().text().contains("Comments anonymised: 1"));
        assertTrue(done.message().text().contains("Comments deleted: 0"));
        DataRequestSummary listed = inTx(() -> service.listPersonalDataRequests(PageRequest.first(10))).items().get(0);
        assertEquals(DataRequestState.COMPLETED, listed.state());
        assertEquals(1, listed.anonymisedComments());
    }

    @Test
    void an_erasure_deletes_when_the_settings_say_so_but_keeps_an_answered_comment_in_its_thread() {
        inTx(() -> storage.discussionSettings().save(new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 2,
                DiscussionSettings.DEFAULT_REPORT_THRESHOLD, 0, true)));
        Comment answered = stored("ana@example.org", "Ana Lima", null, T0);
        Comment others = stored("someone@example.org", "Someone Else", answered, T0.plusSeconds(10));
        Comment ownReply = stored("ana@example.org", "Ana Lima", others, T0.plusSeconds(20));
        Comment alone = stored("ana@example.org", "Ana Lima", null, T0.plusSeconds(30));
        String token = request(ANA, DataRequestKind.ERASURE);
        now.set(T0.plusSeconds(600));

        assertEquals(new Erased(1, 2), service.confirm(token));

        Comment kept = inTx(() -> storage.comments().findById(answered.id())).orElseThrow();
        assertEquals("Anonymous", kept.commenter().name());
        assertEquals(Comment.ERASED_TEXT, kept.text().value());
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(ownReply.id())));
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(alone.id())));
        assertTrue(inTx(() -> storage.comments().findById(others.id())).isPresent());
        List<ModerationRecord> history = inTx(() -> storage.moderationLog().findByComment(alone.id()));
        ModerationRecord deletion = history.get(history.size() - 1);
        assertEquals(ModerationAction.DELETE, deletion.action());
        assertEquals(PersonalDataService.ERASURE_ACTOR, deletion.actor().id());
    }

    @Test
    void an_erasure_whose_last_write_fails_leaves_everything_as_it_was() {
        Comment mine = stored("ana@example.org", "Ana Lima", null, T0);
        String token = request(ANA, DataRequestKind.ERASURE);
        outbox.failing = true;

        assertThrows(IllegalStateException.class, () -> service.confirm(token));

        Comment untouched = inTx(() -> storage.comments().findById(mine.id())).orElseThrow();
        assertEquals("Ana Lima", untouched.commenter().name());
        assertEquals(Optional.of("192.0.2.7"), untouched.senderAddress());
        assertEquals(DataRequestState.AWAITING_CONFIRMATION,
                inTx(() -> service.listPersonalDataRequests(PageRequest.first(10))).items().get(0).state());
        outbox.failing = false;
        assertEquals(new Erased(1, 0), service.confirm(token), "the link still works");
    }

    @Test
    void unknown_altered_and_expired_links_are_told_apart() {
        String token = request(ANA, DataRequestKind.EXPORT);
        assertEquals(DataRequestLinkException.Problem.INVALID, assertThrows(DataRequestLinkException.class,
                () -> service.readConfirmation("not-a-token")).problem());
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertEquals(DataRequestLinkException.Problem.INVALID, assertThrows(DataRequestLinkException.class,
                () -> service.confirm(altered)).problem());
        assertEquals(DataRequestLinkException.Problem.INVALID, assertThrows(DataRequestLinkException.class,
                () -> service.download(token)).problem(), "a confirmation link downloads nothing");

        now.set(T0.plus(Duration.ofHours(24)));
        assertEquals(DataRequestLinkException.Problem.EXPIRED, assertThrows(DataRequestLinkException.class,
                () -> service.confirm(token)).problem());
        assertEquals(DataRequestState.EXPIRED,
                inTx(() -> service.listPersonalDataRequests(PageRequest.first(10))).items().get(0).state());
    }

    @Test
    void a_download_link_runs_out_after_seven_days() {
        String token = request(ANA, DataRequestKind.EXPORT);
        service.confirm(token);
        String download = token(outbox.last());
        now.set(T0.plus(Duration.ofDays(7)));
        assertEquals(DataRequestLinkException.Problem.EXPIRED, assertThrows(DataRequestLinkException.class,
                () -> service.download(download)).problem());
    }

    @Test
    void visitors_are_limited_per_address_and_per_network_address_and_staff_are_not() {
        for (int i = 0; i < PersonalDataService.MAX_PER_ADDRESS; i++) {
            request(ANA, DataRequestKind.EXPORT);
        }
        assertThrows(DataRequestLimitException.class, () -> service.requestPersonalData(new RequestPersonalDataCommand(
                EmailAddress.parse("ana@EXAMPLE.org"), DataRequestKind.ERASURE, DataRequestOrigin.VISITOR, "203.0.113.5")));
        service.requestPersonalData(new RequestPersonalDataCommand(ANA, DataRequestKind.ERASURE, DataRequestOrigin.STAFF, null));

        for (int i = PersonalDataService.MAX_PER_ADDRESS; i < PersonalDataService.MAX_PER_SENDER; i++) {
            request(EmailAddress.parse("other" + i + "@example.org"), DataRequestKind.EXPORT);
        }
        assertThrows(DataRequestLimitException.class, () -> service.requestPersonalData(new RequestPersonalDataCommand(
                EmailAddress.parse("new@example.org"), DataRequestKind.EXPORT, DataRequestOrigin.VISITOR, "198.51.100.1")));

        now.set(T0.plus(PersonalDataService.LIMIT_WINDOW).plusSeconds(1));
        request(ANA, DataRequestKind.EXPORT);
    }

    @Test
    void without_mail_nothing_is_queued_or_stored() {
        PersonalDataService unmailed = service(MailSettings.disabled(SITE));
        assertFalse(unmailed.requestsByMailAvailable());
        assertThrows(MailUnavailableException.class, () -> unmailed.requestPersonalData(new RequestPersonalDataCommand(
                ANA, DataRequestKind.EXPORT, DataRequestOrigin.STAFF, null)));
        assertEquals(List.of(), outbox.saved);
        assertEquals(0, inTx(() -> unmailed.listPersonalDataRequests(PageRequest.first(10))).totalItems());
    }

    @Test
    void sender_data_is_erased_after_the_retention_period_in_batches() {
        Comment old = stored("ana@example.org", "Ana Lima", null, T0);
        Comment older = stored("ben@example.org", "Ben Ng", null, T0.minusSeconds(10));
        Comment recent = stored("cy@example.org", "Cy Ho", null, T0.plus(Duration.ofDays(20)));
        request(ANA, DataRequestKind.EXPORT);
        now.set(T0.plus(Duration.ofDays(31)));

        List<String> runs = new ArrayList<>();
        ScheduledJobsPort jobs = (job, at, every) -> runs.add(job) && runs.size() == 1;
        SenderDataRetentionService retention = new SenderDataRetentionService(storage.comments(), storage.dataRequests(),
                jobs, storage.transactions(), now::get, 30);
        int forgotten = retention.forgetOldSenderData();
        assertEquals(0, retention.forgetOldSenderData(), "another run in the same period does nothing");
        assertEquals(List.of(SenderDataRetentionService.JOB, SenderDataRetentionService.JOB), runs);

        assertEquals(3, forgotten, "two comments and one request");
        for (Comment comment : List.of(old, older)) {
            Comment found = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
            assertEquals(Optional.empty(), found.senderAddress());
            assertEquals(Optional.empty(), found.userAgent());
        }
        assertEquals(Optional.of("192.0.2.7"), inTx(() -> storage.comments().findById(recent.id())).orElseThrow()
                .senderAddress());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(zip, 2));
        return files;
    }
}
