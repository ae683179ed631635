package org.hrcities.platform.adapter.in.web.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrcities.platform.application.port.in.migration.ExportItems;
import org.hrcities.platform.application.port.in.migration.ExportUnreadableException;
import org.hrcities.platform.application.port.in.migration.ExportedAuthor;
import org.hrcities.platform.application.port.in.migration.ExportedComment;
import org.hrcities.platform.application.port.in.migration.ExportedPost;
import org.hrcities.platform.application.port.in.migration.ExportedTopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample WordPress export as the import receives it from {@link WxrExport}. */
class WxrExportTest {

    private static final Recorded SAMPLE = new Recorded();

    @BeforeAll
    static void readTheSample(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("hrc-sample.wxr.xml");
        try (InputStream in = WxrExportTest.class.getResourceAsStream("/wordpress/hrc-sample.wxr.xml")) {
            Files.copy(in, file);
        }
        new WxrExport(file).readInto(SAMPLE);
    }

    @Test
    void hands_over_the_site_its_authors_and_each_category_and_tag_once() {
        assertEquals(List.of("http://127.0.0.1:8081"), SAMPLE.sites);
        assertEquals(3, SAMPLE.authors.size());
        assertTrue(SAMPLE.authors.stream().anyMatch(author -> author.displayName().equals("Zoë Müller")), SAMPLE.authors.toString());
        assertEquals(12, SAMPLE.topics.size(), SAMPLE.topics.stream().map(ExportedTopic::key).toList().toString());
        assertTrue(SAMPLE.topics.stream().anyMatch(topic -> topic.key().equals("category:cities")));
        assertTrue(SAMPLE.topics.stream().anyMatch(topic -> topic.key().equals("tag:human-rights")
                && topic.name().equals("human rights")));
    }

    @Test
    void hands_over_posts_and_pages_in_their_states_and_passes_the_attachment_over() {
        Map<ExportedPost.Kind, Long> kinds = SAMPLE.posts.stream()
                .collect(Collectors.groupingBy(ExportedPost::kind, Collectors.counting()));
        assertEquals(Map.of(ExportedPost.Kind.POST, 35L, ExportedPost.Kind.PAGE, 2L), kinds);
        Map<ExportedPost.State, Long> states = SAMPLE.posts.stream().filter(post -> post.kind() == ExportedPost.Kind.POST)
                .collect(Collectors.groupingBy(ExportedPost::state, Collectors.counting()));
        assertEquals(Map.of(ExportedPost.State.PUBLISHED, 31L, ExportedPost.State.PASSWORD_PROTECTED, 1L,
                ExportedPost.State.DRAFT, 1L, ExportedPost.State.SCHEDULED, 1L, ExportedPost.State.PRIVATE, 1L), states);
        assertEquals(List.of("attachments: attachment 33 \"Human Rights Cities banner\""), SAMPLE.passedOver);
        assertEquals(List.of(), SAMPLE.attachments, "without the uploads, no file");
        assertTrue(SAMPLE.posts.stream().anyMatch(post -> post.notes().stream().anyMatch(note ->
                note.contains("hrc-banner.png keeps its address on the former site"))));
        ExportedPost draft = SAMPLE.posts.stream().filter(post -> post.state() == ExportedPost.State.DRAFT)
                .findFirst().orElseThrow();
        assertEquals(null, draft.publishedAt());
    }

    @Test
    void keeps_a_former_slug_topics_and_a_body_in_markdown_without_block_comments() {
        ExportedPost renamed = SAMPLE.posts.stream().filter(post -> !post.formerSlugs().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of("graz-celebrates-18-years-as-a-human-rights-city"), renamed.formerSlugs());
        assertTrue(SAMPLE.posts.stream().anyMatch(post -> post.topicKeys().contains("tag:human-rights")
                && post.topicKeys().stream().anyMatch(key -> key.startsWith("category:"))));
        SAMPLE.posts.forEach(post -> assertFalse(post.body().contains("<!-- wp:"), post.title()));
        assertTrue(SAMPLE.posts.stream().anyMatch(post -> post.title().equals("Happy New Year 2021 !")));
    }

    @Test
    void hands_over_comments_with_their_threads_states_and_the_pingback_as_such() {
        List<ExportedComment> comments = SAMPLE.posts.stream().flatMap(post -> post.comments().stream()).toList();
        assertEquals(46, comments.size());
        Map<ExportedComment.Kind, Long> kinds = comments.stream()
                .collect(Collectors.groupingBy(ExportedComment::kind, Collectors.counting()));
        assertEquals(Map.of(ExportedComment.Kind.COMMENT, 45L, ExportedComment.Kind.PINGBACK, 1L), kinds);
        Map<ExportedComment.State, Long> states = comments.stream()
                .collect(Collectors.groupingBy(ExportedComment::state, Collectors.counting()));
        assertEquals(Map.of(ExportedComment.State.APPROVED, 42L, ExportedComment.State.PENDING, 2L,
                ExportedComment.State.TRASH, 2L), states);
        Map<String, ExportedComment> byId = comments.stream()
                .collect(Collectors.toMap(ExportedComment::sourceId, Function.identity()));
        assertTrue(comments.stream().anyMatch(c -> c.parentSourceId() != null && byId.containsKey(c.parentSourceId())
                && byId.get(c.parentSourceId()).parentSourceId() != null), "a thread three deep");
        comments.forEach(comment -> assertFalse(comment.text().contains("<p>"), comment.text()));
    }

    @Test
    void a_malformed_file_is_refused_with_its_line_and_column(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("broken.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<rss>\n<channel>\n</rss>\n");
        ExportUnreadableException refused = assertThrows(ExportUnreadableException.class, () -> new WxrExport(file).check());
        assertEquals(4, refused.line());
        assertTrue(refused.column() > 0);
    }

    @Test
    void a_file_that_breaks_off_hands_over_what_came_before_and_then_says_where(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("cut.xml");
        String sample;
        try (InputStream in = WxrExportTest.class.getResourceAsStream("/wordpress/hrc-sample.wxr.xml")) {
            sample = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int cut = sample.indexOf("<item>", sample.indexOf("<item>", sample.indexOf("<item>") + 1) + 1);
        Files.writeString(file, sample.substring(0, cut) + "<item><title>broken</tit></item>");
        Recorded recorded = new Recorded();
        ExportUnreadableException refused = assertThrows(ExportUnreadableException.class,
                () -> new WxrExport(file).readInto(recorded));
        assertEquals(2, recorded.posts.size() + recorded.passedOver.size(), "the two items before the fault");
        assertTrue(refused.line() > 1, refused.getMessage());
    }

    @Test
    void when_the_import_fails_the_reader_stops_too(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("hrc-sample.wxr.xml");
        try (InputStream in = WxrExportTest.class.getResourceAsStream("/wordpress/hrc-sample.wxr.xml")) {
            Files.copy(in, file);
        }
        Recorded failing = new Recorded() {
            @Override
            public void post(ExportedPost post) {
                throw new IllegalStateException("the storage went away");
            }
        };
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> new WxrExport(file).readInto(failing));
        assertEquals("the storage went away", failure.getMessage());
        for (int i = 0; i < 100 && readerAlive(); i++) {
            Thread.sleep(20);
        }
        assertFalse(readerAlive(), "the reader's thread ended");
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("wxr-reader") && t.isAlive());
    }

    @Test
    void comments_become_plain_text_with_their_paragraphs_and_link_targets() {
        assertEquals("First line\nsecond line\n\nNew paragraph with a link (https://example.org/a) and bold.",
                PlainComments.toText("First line\nsecond line\n\n<p>New paragraph with <a href=\"https://example.org/a\">a link</a>"
                        + " and <strong>bold</strong>.</p>"));
        assertEquals("alert(1) Tom & Jerry", PlainComments.toText("<script>alert(1)</script> Tom &amp; Jerry"));
        assertEquals("https://example.org", PlainComments.toText("<a href=\"https://example.org\">https://example.org</a>"));
        assertEquals("", PlainComments.toText(null));
    }

    @Test
    void with_its_uploads_hands_the_attachment_over_before_any_post_and_leads_their_images_to_it(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("hrc-sample.wxr.xml");
        try (InputStream in = WxrExportTest.class.getResourceAsStream("/wordpress/hrc-sample.wxr.xml")) {
            Files.copy(in, file);
        }
        byte[] png = org.hrcities.platform.domain.media.TestImages.png(8, 4);
        Path zip = directory.resolve("uploads.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("wp-content/uploads/2020/09/hrc-banner.png", "../hrc-banner.png")) {
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                out.write(png);
                out.closeEntry();
            }
        }
        org.hrcities.platform.domain.media.MediaFile kept = org.hrcities.platform.domain.media.MediaFile.upload(
                org.hrcities.platform.domain.media.MediaId.generate(), "hrc-banner.png", png, "", java.time.Instant.now());
        List<byte[]> read = new ArrayList<>();
        Recorded recorded = new Recorded(attachment -> {
            read.add(attachment.content().read()); // while the import runs: the archive is closed after
            return java.util.Optional.of(kept);
        });

        WxrExport export = new WxrExport(file, zip);
        export.check();
        export.readInto(recorded);

        assertEquals(1, recorded.attachments.size());
        var banner = recorded.attachments.getFirst();
        assertEquals(List.of("33", "Human Rights Cities banner", "2020/09/hrc-banner.png", "Banner of the Human Rights Cities Network"),
                List.of(banner.sourceId(), banner.title(), banner.path(), banner.altText()));
        assertTrue(java.util.Arrays.equals(png, read.getFirst()));
        assertEquals(0, recorded.postsBeforeAttachments, "files come before the posts that show them");
        assertEquals(List.of("uploads archive entries: ../hrc-banner.png"), recorded.passedOver);
        ExportedPost featuring = recorded.posts.stream().filter(post -> post.sourceId().equals("32")).findFirst().orElseThrow();
        assertEquals("33", featuring.featuredImageId());
        String address = "/media/" + kept.id() + "/hrc-banner.png";
        List<ExportedPost> showing = recorded.posts.stream().filter(post -> post.body().contains(address)).toList();
        assertFalse(showing.isEmpty());
        recorded.posts.forEach(post -> assertFalse(post.body().contains("wp-content/uploads/2020/09/hrc-banner"), post.body()));
        recorded.posts.forEach(post -> assertFalse(post.notes().stream().anyMatch(note -> note.contains("hrc-banner")),
                post.notes().toString()));
    }

    @Test
    void reports_an_attachment_whose_file_the_archive_lacks_and_keeps_its_images_addresses(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("hrc-sample.wxr.xml");
        try (InputStream in = WxrExportTest.class.getResourceAsStream("/wordpress/hrc-sample.wxr.xml")) {
            Files.copy(in, file);
        }
        Path zip = directory.resolve("uploads.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("2020/09/other.png"));
            out.write(org.hrcities.platform.domain.media.TestImages.png(4, 4));
            out.closeEntry();
        }
        Recorded recorded = new Recorded();

        new WxrExport(file, zip).readInto(recorded);

        assertEquals(List.of(), recorded.attachments);
        assertEquals(List.of("attachments: attachment 33 \"Human Rights Cities banner\""), recorded.passedOver);
        assertTrue(recorded.posts.stream().anyMatch(post -> post.notes().stream().anyMatch(note ->
                note.contains("hrc-banner.png keeps its address on the former site (its file was not imported)"))));
    }

    /** What the export handed over, in order. */
    private static class Recorded implements ExportItems {
        final Function<org.hrcities.platform.application.port.in.migration.ExportedAttachment,
                java.util.Optional<org.hrcities.platform.domain.media.MediaFile>> keep;
        int postsBeforeAttachments = -1;

        Recorded() {
            this(attachment -> java.util.Optional.empty());
        }

        Recorded(Function<org.hrcities.platform.application.port.in.migration.ExportedAttachment,
                java.util.Optional<org.hrcities.platform.domain.media.MediaFile>> keep) {
            this.keep = keep;
        }

        final List<String> sites = new ArrayList<>();
        final List<ExportedAuthor> authors = new ArrayList<>();
        final List<ExportedTopic> topics = new ArrayList<>();
        final List<ExportedPost> posts = new ArrayList<>();
        final List<String> passedOver = new ArrayList<>();
        final List<org.hrcities.platform.application.port.in.migration.ExportedAttachment> attachments = new ArrayList<>();

        @Override
        public void site(String address, String title) {
            sites.add(address);
        }

        @Override
        public void author(ExportedAuthor author) {
            authors.add(author);
        }

        @Override
        public void topic(ExportedTopic topic) {
            topics.add(topic);
        }

        @Override
        public void post(ExportedPost post) {
            posts.add(post);
        }

        @Override
        public java.util.Optional<org.hrcities.platform.domain.media.MediaFile> attachment(
                org.hrcities.platform.application.port.in.migration.ExportedAttachment attachment) {
            attachments.add(attachment);
            if (postsBeforeAttachments < 0) {
                postsBeforeAttachments = posts.size();
            }
            return keep.apply(attachment);
        }

        @Override
        public void passOver(String kind, String what, String why) {
            passedOver.add(kind + ": " + what);
        }
    }
}
