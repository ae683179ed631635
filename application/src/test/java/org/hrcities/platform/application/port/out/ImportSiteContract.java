package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.migration.ExportItems;
import org.hrcities.platform.application.port.in.migration.ExportedAttachment;
import org.hrcities.platform.application.port.in.migration.ExportUnreadableException;
import org.hrcities.platform.application.port.in.migration.ExportedAuthor;
import org.hrcities.platform.application.port.in.migration.ExportedComment;
import org.hrcities.platform.application.port.in.migration.ExportedPost;
import org.hrcities.platform.application.port.in.migration.ExportedTopic;
import org.hrcities.platform.application.port.in.migration.ImportReport;
import org.hrcities.platform.application.port.in.migration.ImportReport.Counts;
import org.hrcities.platform.application.port.in.migration.ImportSiteCommand;
import org.hrcities.platform.application.port.in.migration.MovedContent;
import org.hrcities.platform.application.port.in.migration.OldAddress;
import org.hrcities.platform.application.service.migration.ImportSiteService;
import org.hrcities.platform.application.service.migration.MovedContentService;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.TestImages;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.Topic;
import org.junit.jupiter.api.Test;

/**
 * The import of an exported site, run on every storage adapter: what it stores, what a second
 * import of the same export or a later export changes, and that a bad item is skipped whole.
 */
public abstract class ImportSiteContract extends StorageContract {

    private static final String SITE = "http://127.0.0.1:8081";
    private static final Instant PUBLISHED = Instant.parse("2021-01-04T10:00:00Z");

    private ImportReport importing(Consumer<ExportItems> export) {
        return importing(export, Map.of());
    }

    private ImportReport importing(Consumer<ExportItems> export, Map<String, org.hrcities.platform.domain.city.PartnerCityId> cities) {
        return importing(export, cities, false);
    }

    private ImportReport importing(Consumer<ExportItems> export, Map<String, org.hrcities.platform.domain.city.PartnerCityId> cities,
                                   boolean openStaffAccounts) {
        ImportSiteService service = new ImportSiteService(storage.posts(), storage.comments(), storage.topics(),
                storage.pages(), storage.media(), storage.mediaContent(), storage.importLedger(), storage.accounts(), HASHING, storage.transactions(), () -> T0,
                LANGUAGES);
        return service.importSite(new ImportSiteCommand(export::accept, cities, openStaffAccounts, null));
    }

    private MovedContentService movedContent() {
        return new MovedContentService(storage.posts(), storage.topics(), storage.cities(), storage.pages(),
                storage.media(), storage.importLedger(), storage.transactions(), () -> T0, LANGUAGES);
    }

    private static final SiteLanguages LANGUAGES = SiteLanguages.parse("en,fr,de");

    private static final byte[] BANNER = TestImages.png(40, 20);

    private static void siteWithABanner(ExportItems items) {
        items.site(SITE, "Human Rights Cities");
        items.attachment(new ExportedAttachment("33", "Network banner", "2020/09/hrc-banner.png",
                "Banner of the network", () -> BANNER));
        items.post(featuring("32", "33"));
    }

    private static ExportedPost featuring(String id, String attachmentId) {
        return new ExportedPost(id, ExportedPost.Kind.POST, ExportedPost.State.PUBLISHED, "Accessible events",
                "accessible-events", List.of(), "A guide.", "", "anna", PUBLISHED, List.of(), true, List.of(), List.of(),
                attachmentId);
    }

    @Test
    void keeps_an_attachment_as_a_media_file_once_and_features_it_with_its_alt_text() {
        ImportReport first = importing(ImportSiteContract::siteWithABanner);

        assertEquals(new Counts(1, 0, 0, 0), first.countsOf("attachments"));
        MediaFile banner = inTx(() -> storage.media().findNewest(0, 10)).getFirst();
        assertEquals("hrc-banner.png", banner.fileName());
        assertEquals("Banner of the network", banner.altText());
        assertTrue(java.util.Arrays.equals(BANNER, inTx(() -> storage.mediaContent().read(banner.id())).orElseThrow()));
        Post post = inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("accessible-events"))).orElseThrow();
        assertEquals(Optional.of(new FeaturedImage(banner.id(), "Banner of the network")), post.featuredImage());
        assertEquals(Optional.of(banner.id()), movedContent().findMovedMediaFile("2020/09/hrc-banner.png").map(MediaFile::id));
        assertEquals(Optional.empty(), movedContent().findMovedMediaFile("2020/09/other.png"));

        ImportReport second = importing(ImportSiteContract::siteWithABanner);

        assertEquals(new Counts(0, 0, 1, 0), second.countsOf("attachments"));
        assertEquals(new Counts(0, 0, 1, 0), second.countsOf("posts"));
        assertEquals(1, inTx(() -> storage.media().count()));
    }

    @Test
    void reports_a_refused_file_and_the_post_that_wanted_it_as_featured_image() {
        ImportReport report = importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.attachment(new ExportedAttachment("40", "Logo", "2020/09/logo.svg", "",
                    () -> "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            items.attachment(new ExportedAttachment("41", "Map of the city", "2020/09/map.png", "", () -> BANNER));
            items.post(featuring("32", "40"));
            items.post(featuring("34", "41"));
        });

        assertEquals(new Counts(1, 0, 0, 1), report.countsOf("attachments"));
        assertTrue(report.problems().stream().anyMatch(p -> p.item().startsWith("attachment 40")), report.problems().toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.item().startsWith("post 32")
                && p.message().contains("featured image")), report.problems().toString());
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("accessible-events"))).orElseThrow()
                .featuredImage());
        Post other = inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("accessible-events-2"))).orElseThrow();
        assertEquals("Map of the city", other.featuredImage().orElseThrow().altText(), "without alt text, the title");
    }

    /** Hashes as the tests need: fast, and never mistaken for a real one. */
    private static final PasswordHashingPort HASHING = new PasswordHashingPort() {
        @Override
        public PasswordHash hash(Password password) {
            return new PasswordHash("test$" + password.value().hashCode());
        }

        @Override
        public boolean verify(String candidate, PasswordHash hash) {
            return hash.encoded().equals("test$" + candidate.hashCode());
        }
    };

    @Test
    void opens_a_disabled_editors_account_for_each_author_only_when_asked_and_keeps_existing_accounts() {
        importing(ImportSiteContract::siteWithThreads);
        assertEquals(0, inTx(() -> storage.accounts().findAll()).size(), "authors are names only unless asked");

        ImportReport asked = importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.author(new ExportedAuthor("anna", "Anna Čapek", "anna@example.org"));
            items.author(new ExportedAuthor("ghost", "Ghost", ""));
        }, Map.of(), true);

        Account anna = inTx(() -> storage.accounts().findByEmail(new EmailAddress("anna@example.org"))).orElseThrow();
        assertEquals("Anna Čapek", anna.displayName());
        assertEquals(Role.EDITOR, anna.role());
        assertFalse(anna.enabled(), "disabled until an administrator enables it");
        assertEquals(new Counts(1, 0, 0, 1), asked.countsOf("staff accounts"));
        assertTrue(asked.problems().stream().anyMatch(p -> p.item().equals("author ghost")));

        ImportReport again = importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.author(new ExportedAuthor("anna", "Anna C.", "anna@example.org"));
        }, Map.of(), true);
        assertEquals(new Counts(0, 0, 1, 0), again.countsOf("staff accounts"));
        assertEquals("Anna Čapek", inTx(() -> storage.accounts().findByEmail(new EmailAddress("anna@example.org")))
                .orElseThrow().displayName(), "an existing account is left as it is");
    }

    private static ExportedPost post(String id, ExportedPost.State state, String title, String slug, String body,
                                     List<String> topics, List<ExportedComment> comments) {
        return new ExportedPost(id, ExportedPost.Kind.POST, state, title, slug, List.of(), body, "", "anna",
                state == ExportedPost.State.DRAFT ? null : PUBLISHED, topics, true, comments, List.of());
    }

    private static ExportedComment comment(String id, String parent, ExportedComment.State state, String text) {
        return new ExportedComment(id, parent, ExportedComment.Kind.COMMENT, state, "Reader " + id,
                "reader" + id + "@example.org", "", "192.0.2." + id, PUBLISHED.plusSeconds(Long.parseLong(id)), text);
    }

    private static void siteWithThreads(ExportItems items) {
        items.site(SITE + "/", "Human Rights Cities");
        items.author(new ExportedAuthor("anna", "Anna Čapek", "anna@example.org"));
        items.topic(new ExportedTopic("category:housing", "housing", "Housing", "Homes for all"));
        items.topic(new ExportedTopic("tag:housing", "housing", "housing", ""));
        items.topic(new ExportedTopic("category:graz", "graz", "Graz", ""));
        items.post(post("10", ExportedPost.State.PUBLISHED, "Happy new year 2021", "happy-new-year-2021", "Hello **world**",
                List.of("category:housing", "tag:housing", "category:graz"), List.of(
                        comment("1", null, ExportedComment.State.APPROVED, "First"),
                        comment("3", "2", ExportedComment.State.PENDING, "Reply to a reply"),
                        comment("2", "1", ExportedComment.State.APPROVED, "Reply"),
                        comment("4", "99", ExportedComment.State.APPROVED, "Answer to spam left out"),
                        comment("5", null, ExportedComment.State.TRASH, "Thrown away"),
                        new ExportedComment("6", null, ExportedComment.Kind.PINGBACK, ExportedComment.State.APPROVED,
                                "Other site", "", "https://other.example/", "", PUBLISHED, "[...] linked [...]"))));
        items.post(new ExportedPost("11", ExportedPost.Kind.POST, ExportedPost.State.DRAFT, "Not yet", "", List.of(), "",
                "", "anna", null, List.of(), true, List.of(), List.of("the shortcode [gallery] is left as text")));
        items.post(post("12", ExportedPost.State.PRIVATE, "Board minutes", "board-minutes", "Secret", List.of(), List.of()));
        items.post(new ExportedPost("13", ExportedPost.Kind.PAGE, ExportedPost.State.PUBLISHED, "About", "about",
                List.of(), "About us", "", "anna", PUBLISHED, List.of(), false, List.of(), List.of()));
    }

    @Test
    void brings_in_topics_posts_in_their_states_and_comment_threads() {
        PartnerCity graz = PartnerCityFixtures.graz();
        inTx(() -> storage.cities().save(graz));

        ImportReport report = importing(ImportSiteContract::siteWithThreads, Map.of("category:graz", graz.id()));

        assertEquals(SITE, report.source());
        assertEquals(new Counts(1, 0, 1, 0), report.countsOf("topics"), "a category and a tag with one slug are one topic");
        assertEquals(new Counts(0, 0, 1, 0), report.countsOf("topics mapped to partner cities"));
        assertEquals(new Counts(3, 0, 0, 0), report.countsOf("posts"));
        assertEquals(new Counts(1, 0, 0, 0), report.countsOf("pages"));
        SitePage about = inTx(() -> storage.pages().findBySlug(LANGUAGES.defaultLanguage(), new Slug("about"))).orElseThrow();
        assertEquals("About", about.title());
        assertEquals("About us", about.body());
        assertEquals(SitePageStatus.PUBLISHED, about.status());
        assertEquals(new Counts(5, 0, 0, 0), report.countsOf("comments"));
        assertEquals(new Counts(0, 0, 0, 1), report.countsOf("pingbacks and trackbacks"));

        Post happy = inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("happy-new-year-2021"))).orElseThrow();
        assertEquals(PostStatus.PUBLISHED, happy.status());
        assertEquals(Optional.of(PUBLISHED), happy.publishedAt());
        assertEquals("Anna Čapek", happy.authorName());
        assertEquals("Hello **world**", happy.content().body());
        assertEquals(List.of(graz.id()), happy.partnerCities());
        Topic housing = inTx(() -> storage.topics().findBySlug(new Slug("housing"))).orElseThrow();
        assertEquals(List.of(housing.id()), happy.topics());
        assertEquals("Homes for all", housing.description());

        Post draft = inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("not-yet"))).orElseThrow();
        assertEquals(PostStatus.DRAFT, draft.status());
        assertEquals(PostStatus.DRAFT, inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("board-minutes"))).orElseThrow().status());
        assertTrue(report.problems().stream().anyMatch(p -> p.item().startsWith("post 12") && p.message().contains("private")));
        assertTrue(report.problems().stream().anyMatch(p -> p.item().startsWith("comment 4") && p.message().contains("99")));
        assertTrue(report.problems().stream().anyMatch(p -> p.item().startsWith("post 11")
                && p.message().equals("the shortcode [gallery] is left as text")), report.problems().toString());

        List<Comment> thread = commentsOf(happy);
        assertEquals(5, thread.size());
        Comment first = byText(thread, "First");
        Comment reply = byText(thread, "Reply");
        Comment deeper = byText(thread, "Reply to a reply");
        assertEquals(Optional.of(first.id()), reply.parentId());
        assertEquals(Optional.of(reply.id()), deeper.parentId());
        assertEquals(3, deeper.depth());
        assertEquals(ModerationStatus.PENDING, deeper.status());
        assertEquals(ModerationStatus.TRASH, byText(thread, "Thrown away").status());
        assertEquals(Optional.empty(), byText(thread, "Answer to spam left out").parentId());
        assertEquals(PUBLISHED.plusSeconds(1), first.submittedAt());
        assertEquals("reader1@example.org", first.commenter().email().value());
        assertEquals(Optional.of("192.0.2.1"), first.senderAddress());
    }

    @Test
    void importing_the_same_export_again_adds_nothing() {
        importing(ImportSiteContract::siteWithThreads);
        long postsBefore = inTx(() -> storage.posts().count());
        long commentsBefore = inTx(() -> storage.comments().count());

        ImportReport again = importing(ImportSiteContract::siteWithThreads);

        assertEquals(new Counts(0, 0, 3, 0), again.countsOf("posts"));
        assertTrue(again.problems().stream().noneMatch(p -> p.message().contains("shortcode")),
                "what an unchanged post's import said is not said again");
        assertEquals(new Counts(0, 0, 5, 0), again.countsOf("comments"));
        assertEquals(new Counts(0, 0, 3, 0), again.countsOf("topics"));
        assertEquals(new Counts(0, 0, 1, 0), again.countsOf("pages"));
        assertEquals(postsBefore, inTx(() -> storage.posts().count()));
        assertEquals(commentsBefore, inTx(() -> storage.comments().count()));
        assertEquals(2, inTx(() -> storage.topics().count()), "housing (a category and a tag) and graz");
    }

    @Test
    void a_later_export_updates_what_changed_and_adds_what_is_new() {
        importing(ImportSiteContract::siteWithThreads);

        ImportReport later = importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.author(new ExportedAuthor("anna", "Anna Čapek", "anna@example.org"));
            items.post(post("10", ExportedPost.State.PUBLISHED, "Happy new year 2021!", "new-year-2021", "Hello again",
                    List.of(), List.of(
                            comment("1", null, ExportedComment.State.APPROVED, "First"),
                            comment("3", "2", ExportedComment.State.APPROVED, "Reply to a reply"),
                            comment("7", "3", ExportedComment.State.APPROVED, "A new answer"))));
            items.post(post("14", ExportedPost.State.PUBLISHED, "New post", "new-post", "News", List.of(), List.of()));
        });

        assertEquals(new Counts(1, 1, 0, 0), later.countsOf("posts"));
        assertEquals(new Counts(1, 1, 1, 0), later.countsOf("comments"));
        Post happy = inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("new-year-2021"))).orElseThrow();
        assertEquals("Happy new year 2021!", happy.content().title());
        assertEquals(List.of(new Slug("happy-new-year-2021")), List.copyOf(happy.formerSlugs()));
        List<Comment> thread = commentsOf(happy);
        assertEquals(ModerationStatus.APPROVED, byText(thread, "Reply to a reply").status());
        assertEquals(Optional.of(byText(thread, "Reply to a reply").id()), byText(thread, "A new answer").parentId());
        assertEquals(6, thread.size(), "comments the later export no longer holds are kept");
    }

    @Test
    void a_bad_item_is_reported_and_skipped_whole_while_the_rest_is_stored() {
        ImportReport report = importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.post(post("20", ExportedPost.State.PUBLISHED, "Too long", "too-long", "x".repeat(200_001), List.of(),
                    List.of(comment("8", null, ExportedComment.State.APPROVED, "On a post too long"))));
            items.post(post("21", ExportedPost.State.PUBLISHED, "Fine", "fine", "Fine", List.of(), List.of()));
        });

        assertEquals(new Counts(1, 0, 0, 1), report.countsOf("posts"));
        assertEquals(new Counts(0, 0, 0, 1), report.countsOf("comments"));
        assertTrue(report.problems().stream().anyMatch(p -> p.item().equals("post 20 \"Too long\"")
                && p.message().contains("200000")), report.problems().toString());
        assertEquals(Optional.empty(), inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("too-long"))));
        assertEquals(0, inTx(() -> storage.comments().count()));
        assertEquals(Optional.empty(), inTx(() -> storage.importLedger().find(SITE, ImportLedgerPort.Kind.POST, "20")));
        assertTrue(inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("fine"))).isPresent());
    }

    @Test
    void a_slug_another_post_has_gets_a_number_and_the_report_says_so() {
        inTx(() -> storage.posts().save(org.hrcities.platform.domain.post.PostFixtures.aPublishedPost("fine", T0)));

        ImportReport report = importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.post(post("21", ExportedPost.State.PUBLISHED, "Fine", "fine", "Fine", List.of(), List.of()));
            items.post(post("22", ExportedPost.State.PUBLISHED, "Été à Genève", "%c3%a9t%c3%a9-%c3%a0-gen%c3%a8ve",
                    "Soleil", List.of(), List.of()));
        });

        assertTrue(inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("fine-2"))).isPresent());
        assertTrue(report.problems().stream().anyMatch(p -> p.message().contains("\"fine-2\"")));
        assertTrue(inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("ete-a-geneve"))).isPresent());
    }

    @Test
    void an_export_that_breaks_off_keeps_what_came_before_and_says_where() {
        ExportUnreadableException failure = assertThrows(ExportUnreadableException.class, () -> importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.post(post("21", ExportedPost.State.PUBLISHED, "Fine", "fine", "Fine", List.of(), List.of()));
            throw new ExportUnreadableException("malformed XML at line 40, column 3", 40, 3, null);
        }));

        assertEquals(40, failure.line());
        assertTrue(inTx(() -> storage.posts().findBySlug(PostFixtures.ENGLISH, new Slug("fine"))).isPresent());
    }

    @Test
    void old_addresses_lead_to_what_the_import_made_of_their_content_while_readers_may_see_it() {
        PartnerCity graz = PartnerCityFixtures.graz();
        inTx(() -> storage.cities().save(graz));
        importing(ImportSiteContract::siteWithThreads, Map.of("category:graz", graz.id()));
        importing(items -> {
            items.site(SITE, "Human Rights Cities");
            items.post(post("10", ExportedPost.State.PUBLISHED, "Happy new year 2021", "new-year", "Hello", List.of(), List.of()));
        });
        MovedContentService moved = movedContent();

        assertEquals(Optional.of(new MovedContent(MovedContent.Kind.POST, new Slug("new-year"))),
                moved.findMovedContent(new OldAddress(OldAddress.Kind.POST_ID, "10")));
        assertEquals(Optional.of(new MovedContent(MovedContent.Kind.POST, new Slug("new-year"))),
                moved.findMovedContent(new OldAddress(OldAddress.Kind.POST_SLUG, "happy-new-year-2021")), "a former slug");
        assertEquals(Optional.of(new MovedContent(MovedContent.Kind.TOPIC, new Slug("housing"))),
                moved.findMovedContent(new OldAddress(OldAddress.Kind.TOPIC, "tag:housing")));
        assertEquals(Optional.of(new MovedContent(MovedContent.Kind.PARTNER_CITY, graz.slug())),
                moved.findMovedContent(new OldAddress(OldAddress.Kind.TOPIC, "category:graz")));
        assertEquals(Optional.empty(), moved.findMovedContent(new OldAddress(OldAddress.Kind.POST_ID, "11")), "a draft");
        assertEquals(Optional.empty(), moved.findMovedContent(new OldAddress(OldAddress.Kind.POST_SLUG, "board-minutes")),
                "a private post, a draft here");
        assertEquals(Optional.empty(), moved.findMovedContent(new OldAddress(OldAddress.Kind.POST_ID, "999")));
        assertEquals(Optional.empty(), moved.findMovedContent(new OldAddress(OldAddress.Kind.TOPIC, "category:weather")));
        assertEquals(Optional.empty(), moved.findMovedContent(new OldAddress(OldAddress.Kind.POST_SLUG, "%zz")));
        assertEquals(Optional.of(new MovedContent(MovedContent.Kind.PAGE, new Slug("about"))),
                moved.findMovedContent(new OldAddress(OldAddress.Kind.PAGE_ID, "13")));
        assertEquals(Optional.of(new MovedContent(MovedContent.Kind.PAGE, new Slug("about"))),
                moved.findMovedContent(new OldAddress(OldAddress.Kind.POST_SLUG, "about")), "a page's /slug/");
    }

    private List<Comment> commentsOf(Post post) {
        Page<Comment> page = inTx(() -> storage.comments().findForModeration(new CommentFilter(null, post.id(), null),
                PageRequest.first(100)));
        return new ArrayList<>(page.items());
    }

    private static Comment byText(List<Comment> comments, String text) {
        return comments.stream().filter(c -> c.text().value().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no comment says " + text));
    }
}
