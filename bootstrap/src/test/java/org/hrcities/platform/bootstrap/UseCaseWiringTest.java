package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaSettings;
import org.hrcities.platform.application.port.in.account.ChangeAccountCommand;
import org.hrcities.platform.application.port.in.account.LastAdministratorException;
import org.hrcities.platform.application.port.in.account.OpenAccountCommand;
import org.hrcities.platform.application.port.in.account.StaffAccount;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.PublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.SchedulePostCommand;
import org.hrcities.platform.application.port.in.city.PartnerCityInLanguage;
import org.hrcities.platform.application.port.in.city.PartnerCityProfile;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityQuery;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.event.EventChange;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.application.port.in.event.ListEventsQuery;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationQuery;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsCommand;
import org.hrcities.platform.application.port.in.moderation.ModerationOutcome;
import org.hrcities.platform.application.port.in.moderation.ModerationQueue;
import org.hrcities.platform.application.port.in.moderation.ModerationTarget;
import org.hrcities.platform.application.port.in.moderation.TransparencyReportQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.PostMovedException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsCommand;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.application.port.in.topic.CreateTopicCommand;
import org.hrcities.platform.application.port.in.topic.EditTopicCommand;
import org.hrcities.platform.application.port.in.topic.ReadTopicQuery;
import org.hrcities.platform.application.port.in.topic.TopicInput;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.application.port.in.topic.TopicProfile;
import org.hrcities.platform.application.service.account.AccountService;
import org.hrcities.platform.application.service.authoring.PostAuthoringService;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.CommentsNotAcceptedException;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventStatus;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostStateException;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The use cases as the site wires them, on the in-memory adapter and on JPA with an H2 file:
 * the same behaviour, and one transaction per use-case call.
 */
class UseCaseWiringTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    static Path h2Directory;

    static Stream<StorageSettings> storages() {
        return Stream.of(
                StorageSettings.of("memory", null, null, null, 1),
                new StorageSettings(StorageSettings.Kind.JPA, new JpaSettings(
                        "jdbc:h2:file:" + h2Directory.resolve("wiring-" + System.nanoTime()) + ";WRITE_DELAY=0", "", "", 2)));
    }

    @ParameterizedTest
    @MethodSource("storages")
    void loads_the_demo_content_into_an_empty_site_once(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            assertTrue(services.loadInitialContent().loadIfEmpty(DemoContent.build()));
            assertFalse(services.loadInitialContent().loadIfEmpty(DemoContent.build()), "a site with content is left alone");

            assertEquals(6, services.postReading().listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, PageRequest.first(10))).totalItems());
            assertEquals(7, services.partnerCities().listPartnerCities(PostFixtures.ENGLISH).size());
            PostDetails newYear = services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, new Slug("happy-new-year-2021")));
            assertEquals(3, newYear.approvedComments().size());
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void a_failing_second_write_undoes_the_first_so_no_half_site_is_left(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            PartnerCity graz = PartnerCityFixtures.graz();
            Post first = PostFixtures.aPublishedPost("same-slug", NOW.minusSeconds(60), List.of(graz.id()));
            Post second = PostFixtures.aPublishedPost("same-slug", NOW);
            InitialContent clashing = new InitialContent(List.of(graz), List.of(first, second),
                    List.of(CommentFixtures.anApprovedComment(first, NOW)));

            assertThrows(SlugAlreadyTakenException.class, () -> services.loadInitialContent().loadIfEmpty(clashing));

            assertEquals(0, services.partnerCities().listPartnerCities(PostFixtures.ENGLISH).size(), "the city written first was undone");
            assertEquals(0, services.postReading().listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, PageRequest.first(10))).totalItems());
            assertTrue(services.loadInitialContent().loadIfEmpty(DemoContent.build()), "the site is still empty");
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void a_comment_and_its_messages_are_stored_together_and_a_publication_is_told_once(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast(), Services.DEFAULT_BACKUP_FOLDER,
                    Safeguards.inProcess(), 1, new org.hrcities.platform.application.service.mail.MailSettings(true,
                            java.net.URI.create("https://news.example.org")), Services.DEFAULT_DIGEST_PERIOD);
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            Slug slug = new Slug("happy-new-year-2021");
            org.hrcities.platform.domain.comment.Commenter lea = new org.hrcities.platform.domain.comment.Commenter("Lea",
                    new org.hrcities.platform.domain.comment.EmailAddress("lea.wiring@example.org"), null);
            SubmitCommentCommand asking = new SubmitCommentCommand(PostFixtures.ENGLISH, slug, lea, new CommentText("Tell me, please"), null)
                    .withNotifyMe(true);
            SubmittedComment submitted = services.submitComment().submitComment(asking);
            assertThrows(RuntimeException.class, () -> services.submitComment().submitComment(asking),
                    "the same comment again is refused");
            java.util.List<org.hrcities.platform.domain.mail.OutgoingMail> queued = storage.transactions().inTransaction(
                    () -> storage.outbox().findByState(org.hrcities.platform.domain.mail.DeliveryState.QUEUED,
                            PageRequest.first(10)).items());
            assertEquals(1, queued.size(), "one confirmation, none for the refused duplicate");

            storage.transactions().inTransaction(() -> {
                var subscriber = storage.mailSubscribers().findByEmail(lea.email()).orElseThrow();
                subscriber.confirm(NOW);
                storage.mailSubscribers().save(subscriber);
            });
            Actor moderator = Actor.person("account-1", "Moderator");
            for (ModerationAction action : List.of(ModerationAction.APPROVE, ModerationAction.HOLD, ModerationAction.APPROVE)) {
                var comment = storage.transactions().inTransaction(() -> storage.comments().findById(submitted.id()))
                        .orElseThrow();
                services.commentModeration().moderateComments(new ModerateCommentsCommand(
                        List.of(new ModerationTarget(comment.id(), comment.version())), action, moderator, null));
            }
            assertEquals(List.of(org.hrcities.platform.domain.mail.MailKind.ADDRESS_CONFIRMATION,
                            org.hrcities.platform.domain.mail.MailKind.COMMENT_PUBLISHED),
                    storage.transactions().inTransaction(() -> storage.outbox().findByState(
                            org.hrcities.platform.domain.mail.DeliveryState.QUEUED, PageRequest.first(10)).items())
                            .stream().map(mail -> mail.message().kind()).sorted().toList(),
                    "published told once, though approved twice");
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void a_submitted_comment_is_stored_pending_at_the_clock_time(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            Slug slug = new Slug("happy-new-year-2021");

            SubmittedComment submitted = services.submitComment().submitComment(new SubmitCommentCommand(PostFixtures.ENGLISH, slug,
                    CommentFixtures.aCommenter(), new CommentText("Hello from the test"), null));

            assertEquals(ModerationStatus.PENDING, submitted.status());
            assertEquals(NOW, storage.transactions().inTransaction(() -> storage.comments().findById(submitted.id()))
                    .orElseThrow().submittedAt());
            assertEquals(3, services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, slug)).approvedComments().size());
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void of_two_moderators_acting_on_one_comment_at_once_exactly_one_wins_and_the_log_says_so(StorageSettings settings)
            throws Exception {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            SubmittedComment submitted = services.submitComment().submitComment(new SubmitCommentCommand(PostFixtures.ENGLISH,
                    new Slug("happy-new-year-2021"), CommentFixtures.aCommenter(), new CommentText("Moderate me"), null,
                    false, "192.0.2.1", java.time.Duration.ofSeconds(30)));
            ModerationQueue queue = services.commentModeration().listCommentsForModeration(
                    ListCommentsForModerationQuery.pending(PageRequest.first(10)));
            Comment pending = queue.page().items().get(0).comment();
            assertEquals(submitted.id(), pending.id());
            assertEquals(java.util.Optional.of("192.0.2.1"), pending.senderAddress());

            int moderators = 6;
            ExecutorService pool = Executors.newFixedThreadPool(moderators);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ModerationOutcome>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < moderators; i++) {
                    ModerationAction action = i % 2 == 0 ? ModerationAction.APPROVE : ModerationAction.SPAM;
                    Actor moderator = Actor.person("account-" + i, "Moderator " + i);
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return services.commentModeration().moderateComments(new ModerateCommentsCommand(
                                List.of(new ModerationTarget(pending.id(), pending.version())), action, moderator, null))
                                .outcomes().get(0);
                    }));
                }
                start.countDown();
                List<ModerationOutcome.Result> results = new ArrayList<>();
                for (Future<ModerationOutcome> outcome : outcomes) {
                    results.add(outcome.get(30, TimeUnit.SECONDS).result());
                }
                assertEquals(1, results.stream().filter(ModerationOutcome.Result.OK::equals).count(), results.toString());
                assertEquals(moderators - 1, results.stream().filter(ModerationOutcome.Result.CONFLICT::equals).count());
            } finally {
                pool.shutdownNow();
            }

            List<ModerationRecord> history = services.commentModeration().readModerationHistory(pending.id());
            assertEquals(2, history.size(), "the arrival and the one decision that won");
            assertEquals(ModerationAction.RECEIVED, history.get(0).action());
            Comment stored = storage.transactions().inTransaction(() -> storage.comments().findById(pending.id())).orElseThrow();
            assertEquals(history.get(1).toStatus(), stored.status());
            assertEquals(1, services.commentModeration().readTransparencyReport(
                    new TransparencyReportQuery(YearMonth.from(NOW.atZone(ZoneOffset.UTC)), YearMonth.from(NOW.atZone(ZoneOffset.UTC))))
                    .months().get(0).received());
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void an_editor_writes_schedules_and_the_scheduler_publishes_when_the_time_comes(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            AtomicReference<Instant> now = new AtomicReference<>(NOW);
            Services services = Services.wire(storage, now::get, Pbkdf2PasswordsTest.fast());
            PostAuthoringService editors = services.postAuthoring();
            PostForEditing draft = services.savePost().savePost(SavePostCommand.newPost(new PostInput("Housing first in Graz",
                    "Short.", "A body.", null, List.of(), true, "Anna Editor"), AfterSaving.keepStatus()));
            assertEquals(new Slug("housing-first-in-graz"), draft.post().slug());
            Instant at = NOW.plusSeconds(3600);
            PostForEditing scheduled = editors.schedulePost(new SchedulePostCommand(draft.post().id(), draft.version(), at));
            assertThrows(ConcurrentUpdateException.class, () -> editors.publishPost(new PublishPostCommand(draft.post().id(),
                    draft.version())), "a stale version is refused");
            ReadPublishedPostQuery read = new ReadPublishedPostQuery(PostFixtures.ENGLISH, draft.post().slug());
            assertThrows(PostNotFoundException.class, () -> services.postReading().readPublishedPost(read));
            assertEquals(0, services.publishDuePosts().publishDuePosts(), "not due yet");

            now.set(at);
            assertEquals(scheduled.post().id(), services.postReading().readPublishedPost(read).post().id(),
                    "readable at its address from its time on, before the scheduler ran");
            assertEquals(0, publishedTotal(services), "listed only once published");
            assertEquals(1, services.publishDuePosts().publishDuePosts());
            assertEquals(1, publishedTotal(services));
            assertEquals(0, services.publishDuePosts().publishDuePosts(), "published once");
            PostsForEditing list = editors.listPostsForEditing(ListPostsForEditingQuery.all(PageRequest.first(10)));
            assertEquals(1, list.count(PostStatus.PUBLISHED));
            assertEquals(at, list.posts().items().get(0).updatedAt());
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void three_readers_reports_hide_a_demo_comment_and_restoring_it_dismisses_them(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            Slug slug = new Slug("happy-new-year-2021");
            Comment shown = services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, slug)).approvedComments().get(0);

            for (String reader : List.of("192.0.2.1", "192.0.2.2", "192.0.2.2", "192.0.2.3")) {
                services.reportComment().reportComment(new org.hrcities.platform.application.port.in.comment.ReportCommentCommand(
                        PostFixtures.ENGLISH, slug, shown.id(), org.hrcities.platform.domain.comment.ReportReason.SPAM, null, reader));
            }

            assertFalse(services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, slug)).approvedComments()
                    .contains(shown), "hidden once three readers reported it");
            ModerationQueue reported = services.commentModeration().listCommentsForModeration(
                    new ListCommentsForModerationQuery(org.hrcities.platform.application.port.in.moderation.StatusFilter.REPORTED,
                            null, null, PageRequest.first(20)));
            assertEquals(1, reported.reportedCount());
            assertEquals(3, reported.page().items().get(0).reports().readers());
            Comment held = reported.page().items().get(0).comment();
            services.commentModeration().moderateComment(new org.hrcities.platform.application.port.in.moderation.ModerateCommentCommand(
                    new ModerationTarget(held.id(), held.version()), ModerationAction.APPROVE, Actor.person("a", "Eva"), null));
            assertTrue(services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, slug)).approvedComments()
                    .contains(shown), "public again");
            var month = services.commentModeration().readTransparencyReport(new TransparencyReportQuery(
                    java.time.YearMonth.of(2026, 11), java.time.YearMonth.of(2026, 11))).reports().get(0);
            assertEquals(new org.hrcities.platform.domain.comment.MonthlyReportCounts(java.time.YearMonth.of(2026, 11), 3, 3, 0, 0),
                    month);
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void a_post_older_than_the_days_comments_stay_open_shows_no_form_and_refuses_comments(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            Slug slug = new Slug("happy-new-year-2021");
            assertTrue(services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, slug)).acceptsComments());

            services.discussionSettings().updateDiscussionSettings(new UpdateDiscussionSettingsCommand(
                    true, 30, false, 2, List.of(), List.of(), 15, 2, 3, 0));

            assertFalse(services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, slug)).acceptsComments());
            assertThrows(CommentsNotAcceptedException.class, () -> services.submitComment().submitComment(
                    new SubmitCommentCommand(PostFixtures.ENGLISH, slug, CommentFixtures.aCommenter(), new CommentText("Too late"), null)));
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void an_old_address_of_a_published_post_leads_to_its_new_one_until_another_post_takes_it(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            PostAuthoringService editors = services.postAuthoring();
            Slug old = new Slug("happy-new-year-2021");
            Post post = services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, old)).post();
            PostForEditing read = editors.readPostForEditing(post.id());

            services.savePost().savePost(SavePostCommand.storedPost(post.id(), read.version(), new PostInput(post.title(),
                    post.content().excerpt(), post.content().body(), "new-year-2021", post.partnerCities(), true,
                    post.authorName()), AfterSaving.keepStatus()));

            PostMovedException moved = assertThrows(PostMovedException.class,
                    () -> services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, old)));
            assertEquals(new Slug("new-year-2021"), moved.currentSlug());

            services.savePost().savePost(SavePostCommand.newPost(new PostInput("Another", "", "", old.value(), List.of(), true,
                    "Anna"), AfterSaving.keepStatus()));
            assertEquals(Set.of(), editors.readPostForEditing(post.id()).post().formerSlugs(), "the new owner wins");
            PostNotFoundException gone = assertThrows(PostNotFoundException.class,
                    () -> services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, old)));
            assertFalse(gone instanceof PostMovedException);
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void a_refused_publication_undoes_the_save_it_came_with(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            Slug old = new Slug("happy-new-year-2021");
            Post moved = services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, old)).post();
            services.savePost().savePost(SavePostCommand.storedPost(moved.id(), moved.version(), new PostInput(moved.title(),
                    moved.content().excerpt(), moved.content().body(), "new-year-2021", moved.partnerCities(), true,
                    moved.authorName()), AfterSaving.keepStatus()));
            PostForEditing draft = services.savePost().savePost(SavePostCommand.newPost(new PostInput("Draft", "", "",
                    null, List.of(), true, "Anna"), AfterSaving.keepStatus()));
            long published = publishedTotal(services);

            assertThrows(PostStateException.class, () -> services.savePost().savePost(SavePostCommand.storedPost(
                    draft.post().id(), draft.version(), new PostInput("Taking the old address", "", "", old.value(), List.of(),
                    true, "Anna"), AfterSaving.publishNow())), "no body to publish");

            PostForEditing after = services.postAuthoring().readPostForEditing(draft.post().id());
            assertEquals(draft.version(), after.version());
            assertEquals("Draft", after.post().title());
            assertEquals(PostStatus.DRAFT, after.post().status());
            assertEquals(published, publishedTotal(services));
            PostMovedException stillMoved = assertThrows(PostMovedException.class,
                    () -> services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, old)));
            assertEquals(new Slug("new-year-2021"), stillMoved.currentSlug(), "the old address still leads to its post");
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void an_administrator_opens_reads_lists_and_changes_accounts_but_never_the_last_administrator_away(
            StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            AccountService accounts = services.accounts();
            assertTrue(accounts.provisionAdministrator(EmailAddress.parse("admin@example.org"),
                    new Password("first-password"), "First Administrator"));
            StaffAccount editor = accounts.openAccount(new OpenAccountCommand(EmailAddress.parse("editor@example.org"),
                    "Eddie", Role.EDITOR, new Password("editor-password")));

            assertEquals(Set.of("First Administrator", "Eddie"), Set.copyOf(accounts.listAccounts().stream()
                    .map(StaffAccount::displayName).toList()));
            StaffAccount read = accounts.readAccount(editor.id());
            StaffAccount promoted = accounts.changeAccount(new ChangeAccountCommand(read.id(), read.version(), read.email(),
                    "Eddie Admin", Role.ADMINISTRATOR, true, null));
            assertEquals(Role.ADMINISTRATOR, promoted.role());
            assertEquals(read.version() + 1, promoted.version());

            StaffAccount first = accounts.listAccounts().stream().filter(a -> a.displayName().equals("First Administrator"))
                    .findFirst().orElseThrow();
            accounts.changeAccount(new ChangeAccountCommand(first.id(), first.version(), first.email(), first.displayName(),
                    Role.EDITOR, true, null));
            StaffAccount last = accounts.readAccount(promoted.id());
            assertThrows(LastAdministratorException.class, () -> accounts.changeAccount(new ChangeAccountCommand(last.id(),
                    last.version(), last.email(), last.displayName(), Role.ADMINISTRATOR, false, null)));
            assertTrue(accounts.readAccount(last.id()).enabled(), "the refused change left the account as it was");
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void a_retired_city_leaves_the_list_but_keeps_its_page_and_its_posts(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            PartnerCity graz = services.partnerCities().listPartnerCities(Services.DEFAULT_LANGUAGES.defaultLanguage()).stream()
                    .map(PartnerCityInLanguage::city)
                    .filter(city -> city.slug().value().equals("graz")).findFirst().orElseThrow();
            long grazPosts = services.partnerCities().readPartnerCity(new ReadPartnerCityQuery(graz.slug(), PostFixtures.ENGLISH, PageRequest.first(10)))
                    .posts().totalItems();

            services.partnerCityAdministration().retirePartnerCity(new RetirePartnerCityCommand(graz.id(), graz.version()));

            assertEquals(6, services.partnerCities().listPartnerCities(Services.DEFAULT_LANGUAGES.defaultLanguage()).size());
            assertEquals(7, services.partnerCityAdministration().listAllPartnerCities().size());
            PartnerCityProfile page = services.partnerCities().readPartnerCity(new ReadPartnerCityQuery(graz.slug(), PostFixtures.ENGLISH, PageRequest.first(10)));
            assertTrue(page.city().isRetired());
            assertEquals(grazPosts, page.posts().totalItems());
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void an_editor_files_a_post_under_a_topic_and_visitors_find_it_on_the_topics_page_and_the_post(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build());
            Slug housing = new Slug("housing");
            TopicProfile before = services.topics().readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, housing, PageRequest.first(10)));
            assertEquals(2, before.posts().totalItems(), "the demo's posts about housing");

            PostForEditing saved = services.savePost().savePost(SavePostCommand.newPost(new PostInput("Rent caps in Graz",
                    "", "A body.", null, List.of(), List.of(new Slug("network-news"), housing), true, "Anna"),
                    AfterSaving.publishNow()));

            assertEquals(List.of("network-news", "housing"), saved.topics().stream().map(t -> t.slug().value()).toList());
            TopicProfile after = services.topics().readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, housing, PageRequest.first(10)));
            assertEquals(3, after.posts().totalItems());
            assertEquals(saved.post().id(), after.posts().items().get(0).post().id(), "newest first");
            assertEquals(List.of("Network news", "Housing"), after.posts().items().get(0).topics().stream()
                    .map(Topic::name).toList());
            PostDetails read = services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, saved.post().slug()));
            assertEquals(saved.topics(), read.topics());
            assertEquals(3, services.topics().listTopics().size());
            assertThrows(TopicNotFoundException.class,
                    () -> services.topics().readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, new Slug("atlantis"), PageRequest.first(10))));
            InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> services.savePost().savePost(
                    SavePostCommand.newPost(new PostInput("Nowhere", "", "", null, List.of(), List.of(new Slug("atlantis")),
                            true, "Anna"), AfterSaving.keepStatus())));
            assertEquals("topics", unknown.field());
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void an_editor_adds_and_renames_a_topic_and_a_change_to_an_older_version_is_refused(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            Topic added = services.topicAdministration().createTopic(new CreateTopicCommand(
                    new TopicInput(null, "Refugees & asylum", "Who *arrives*.")));
            assertEquals(new Slug("refugees-and-asylum"), added.slug());

            Topic renamed = services.topicAdministration().editTopic(new EditTopicCommand(added.id(), added.version(),
                    new TopicInput(new Slug("asylum"), "Asylum", "")));

            assertEquals(added.version() + 1, renamed.version());
            assertEquals("Asylum", services.topics().readTopic(new ReadTopicQuery(PostFixtures.ENGLISH, new Slug("asylum"), PageRequest.first(1)))
                    .topic().name());
            assertThrows(ConcurrentUpdateException.class, () -> services.topicAdministration().editTopic(
                    new EditTopicCommand(added.id(), added.version(), new TopicInput(null, "Stale", ""))));
            assertThrows(SlugAlreadyTakenException.class, () -> services.topicAdministration().createTopic(
                    new CreateTopicCommand(new TopicInput(new Slug("asylum"), "Another", ""))));
            assertEquals(List.of("Asylum"), services.topics().listTopics().stream().map(Topic::name).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void visitors_find_the_demo_events_and_an_editor_postpones_one_to_a_later_date(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.loadInitialContent().loadIfEmpty(DemoContent.build(NOW));
            Slug roundtableSlug = new Slug("roundtable-with-the-un-special-rapporteur-on-extreme-poverty");

            assertEquals(List.of("webinar-measuring-human-rights-in-the-city", "study-visit-to-the-way-of-human-rights",
                    "housing-exchange-in-vienna", "annual-conference-of-human-rights-cities-in-york"),
                    eventSlugs(services.events().listUpcomingEvents(null, 10)));
            EventView roundtable = services.events().readEvent(roundtableSlug);
            assertTrue(roundtable.over());
            assertEquals(List.of("Happy New Year 2021!", "Cities meet the UN Special Rapporteur on poverty"),
                    roundtable.posts().stream().map(Post::title).toList());
            Post newYear = services.postReading().readPublishedPost(new ReadPublishedPostQuery(PostFixtures.ENGLISH, new Slug("happy-new-year-2021")))
                    .post();
            assertEquals(List.of(roundtableSlug), services.events().listEventsNamingPost(newYear.id()).stream()
                    .map(Event::slug).toList());
            PartnerCity vienna = services.partnerCities().listPartnerCities(Services.DEFAULT_LANGUAGES.defaultLanguage()).stream()
                    .map(PartnerCityInLanguage::city)
                    .filter(city -> city.slug().value().equals("vienna")).findFirst().orElseThrow();
            List<ListedEvent> inVienna = services.events().listUpcomingEvents(vienna.id(), 10);
            assertEquals(List.of("housing-exchange-in-vienna"), eventSlugs(inVienna));
            assertEquals(Optional.of(vienna.id()), inVienna.get(0).city().map(PartnerCity::id));

            Event exchange = services.eventAdministration().readEventForAdministration(inVienna.get(0).event().id());
            EventTiming later = EventTiming.at(LocalDateTime.parse("2027-04-05T09:30"), LocalDateTime.parse("2027-04-05T16:00"),
                    ZoneId.of("Europe/Vienna"));
            Event postponed = services.eventAdministration().changeEventStatus(
                    EventChange.postpone(exchange.id(), exchange.version(), later));

            assertEquals(EventStatus.POSTPONED, postponed.status());
            assertEquals(Optional.of(exchange.timing()), postponed.previousTiming());
            assertEquals(exchange.sequence() + 1, postponed.sequence());
            assertEquals(List.of("webinar-measuring-human-rights-in-the-city", "study-visit-to-the-way-of-human-rights",
                    "annual-conference-of-human-rights-cities-in-york", "housing-exchange-in-vienna"),
                    eventSlugs(services.events().listUpcomingEvents(null, 10)));
            assertThrows(ConcurrentUpdateException.class, () -> services.eventAdministration().changeEventStatus(
                    EventChange.of(exchange.id(), exchange.version(), EventChange.Kind.CANCEL)));
            var all = services.events().listEvents(new ListEventsQuery(PageRequest.first(10), null));
            assertEquals(5, all.totalItems(), "the four to come, then the roundtable");
            assertEquals(roundtableSlug, all.items().get(4).event().slug());
        }
    }

    private static List<String> eventSlugs(List<ListedEvent> events) {
        return events.stream().map(listed -> listed.event().slug().value()).toList();
    }

    private static long publishedTotal(Services services) {
        return services.postReading().listPublishedPosts(new ListPublishedPostsQuery(PostFixtures.ENGLISH, PageRequest.first(10))).totalItems();
    }
}
