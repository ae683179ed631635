package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaSettings;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.setup.InitialContent;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
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
            assertTrue(services.initialContent().loadIfEmpty(DemoContent.build()));
            assertFalse(services.initialContent().loadIfEmpty(DemoContent.build()), "a site with content is left alone");

            assertEquals(6, services.postReading().listPublishedPosts(new ListPublishedPostsQuery(PageRequest.first(10))).totalItems());
            assertEquals(7, services.partnerCities().listPartnerCities().size());
            PostDetails newYear = services.postReading().readPublishedPost(new ReadPublishedPostQuery(new Slug("happy-new-year-2021")));
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

            assertThrows(SlugAlreadyTakenException.class, () -> services.initialContent().loadIfEmpty(clashing));

            assertEquals(0, services.partnerCities().listPartnerCities().size(), "the city written first was undone");
            assertEquals(0, services.postReading().listPublishedPosts(new ListPublishedPostsQuery(PageRequest.first(10))).totalItems());
            assertTrue(services.initialContent().loadIfEmpty(DemoContent.build()), "the site is still empty");
        }
    }

    @ParameterizedTest
    @MethodSource("storages")
    void a_submitted_comment_is_stored_pending_at_the_clock_time(StorageSettings settings) {
        try (StorageAdapter storage = Storages.open(settings)) {
            Services services = Services.wire(storage, () -> NOW, Pbkdf2PasswordsTest.fast());
            services.initialContent().loadIfEmpty(DemoContent.build());
            Slug slug = new Slug("happy-new-year-2021");

            SubmittedComment submitted = services.commentSubmission().submitComment(new SubmitCommentCommand(slug,
                    CommentFixtures.aCommenter(), new CommentText("Hello from the test"), null));

            assertEquals(ModerationStatus.PENDING, submitted.status());
            assertEquals(NOW, storage.transactions().inTransaction(() -> storage.comments().findById(submitted.id()))
                    .orElseThrow().submittedAt());
            assertEquals(3, services.postReading().readPublishedPost(new ReadPublishedPostQuery(slug)).approvedComments().size());
        }
    }
}
