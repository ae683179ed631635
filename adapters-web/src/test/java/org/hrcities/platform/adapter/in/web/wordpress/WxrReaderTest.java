package org.hrcities.platform.adapter.in.web.wordpress;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrReaderTest {

    private static final String SAMPLE = "/wordpress/hrc-sample.wxr.xml";

    private static Collected sample;

    @BeforeAll
    static void read_the_sample() throws IOException {
        try (InputStream in = WxrReaderTest.class.getResourceAsStream(SAMPLE)) {
            sample = read(in);
        }
    }

    // the sample export, written by WordPress itself ------------------------------------------------

    @Test
    void reads_the_site_of_the_sample_export() {
        String address = "http://127.0.0.1:8081";
        assertEquals(List.of(new WxrSite("Human Rights Cities Network", address, address, address, "en-US", "1.2")),
                sample.sites);
    }

    @Test
    void reads_the_three_authors_with_a_display_name_in_non_ascii_letters() {
        assertEquals(List.of("admin", "zmueller", "pjansen"), sample.authors.stream().map(WxrAuthor::login).toList());
        assertEquals(new WxrAuthor(2, "zmueller", "zoe.mueller@example.org", "Zoë Müller", "Zoë", "Müller"),
                sample.authors.get(1));
    }

    @Test
    void reports_each_term_once_though_wordpress_writes_it_twice() {
        assertEquals(12, sample.terms.size());
        assertEquals(Map.of(WxrTerm.Kind.CATEGORY, 8L, WxrTerm.Kind.TAG, 4L),
                sample.terms.stream().collect(groupingBy(WxrTerm::kind, counting())));
        assertEquals(new WxrTerm("category", 4, "cities", "Cities", "", "Member cities."), term("category", "cities"));
        assertEquals(new WxrTerm("post_tag", 9, "human-rights", "human rights", "", ""),
                term("post_tag", "human-rights"));
        assertEquals(Set.of("graz", "lund", "utrecht", "barcelona"), sample.terms.stream()
                .filter(term -> term.parentSlug().equals("cities")).map(WxrTerm::slug).collect(Collectors.toSet()));
    }

    @Test
    void reads_every_item_of_the_sample_export() {
        assertEquals(38, sample.items.size());
        assertEquals(Map.of("post", 35L, "page", 2L, "attachment", 1L),
                sample.items.stream().collect(groupingBy(WxrItem::postType, counting())));
        assertEquals(Map.of("publish", 32L, "draft", 1L, "future", 1L, "private", 1L), sample.items.stream()
                .filter(item -> item.postType().equals("post")).collect(groupingBy(WxrItem::status, counting())));
        assertEquals(List.of("About the network", "Privacy policy"), sample.items.stream()
                .filter(item -> item.postType().equals("page") && item.status().equals("publish"))
                .map(WxrItem::title).sorted().toList());
        assertEquals(Map.of("admin", 29L, "zmueller", 5L, "pjansen", 4L),
                sample.items.stream().collect(groupingBy(WxrItem::creator, counting())));
    }

    @Test
    void reads_an_item_with_its_dates_terms_and_meta() {
        WxrItem newYear = item(4);
        assertEquals("Happy New Year 2021 !", newYear.title());
        assertEquals("http://127.0.0.1:8081/2021/01/04/happy-new-year-2021/", newYear.link());
        assertEquals("http://127.0.0.1:8081/2021/01/01/happy-new-year-2021/", newYear.guid(),
                "the guid is the first permalink and never changes");
        assertEquals(Instant.parse("2021-01-04T09:00:00Z"), newYear.postDateGmt());
        assertEquals(LocalDateTime.parse("2021-01-04T09:00:00"), newYear.postDate());
        assertEquals(Instant.parse("2026-12-04T23:14:48Z"), newYear.modifiedGmt());
        assertEquals("happy-new-year-2021", newYear.postName());
        assertEquals("open", newYear.commentStatus());
        assertEquals(List.of(new WxrItemTerm("post_tag", "covid-19", "covid-19"),
                new WxrItemTerm("post_tag", "housing", "housing"),
                new WxrItemTerm("post_tag", "human-rights", "human rights"),
                new WxrItemTerm("category", "news", "News")), newYear.terms());
        assertEquals(List.of(new WxrMeta("_wp_old_date", "2021-01-01")), newYear.meta());
        assertTrue(newYear.content().startsWith("As the year 2020 comes to an end,"), newYear.content());
        assertEquals(32, newYear.comments().size());
    }

    @Test
    void a_draft_has_no_gmt_dates_and_no_slug_yet() {
        WxrItem draft = only(item -> item.status().equals("draft"));
        assertEquals(37, draft.postId());
        assertNull(draft.postDateGmt());
        assertNull(draft.modifiedGmt());
        assertEquals(LocalDateTime.parse("2026-12-04T23:14:48"), draft.postDate());
        assertEquals("", draft.postName());
        assertEquals("http://127.0.0.1:8081/?p=37", draft.link());
        assertEquals("""
                <!-- wp:paragraph -->
                <p>TODO: add the quotes from Utrecht and Lund.</p>
                <!-- /wp:paragraph -->

                <!-- wp:paragraph -->
                <p>Our cities welcome refugees …</p>
                <!-- /wp:paragraph -->""", draft.content(), "a body keeps its line breaks");
    }

    @Test
    void keeps_an_earlier_slug_as_post_meta() {
        WxrItem renamed = only(item -> !item.metaValues("_wp_old_slug").isEmpty());
        assertEquals("graz-18-years-human-rights-city", renamed.postName());
        assertEquals(List.of("graz-celebrates-18-years-as-a-human-rights-city"), renamed.metaValues("_wp_old_slug"));
    }

    @Test
    void reads_the_sticky_the_protected_the_scheduled_and_the_ordered_items() {
        assertEquals("COVID-19 and human rights in our cities", only(WxrItem::sticky).title());
        WxrItem members = only(item -> !item.password().isEmpty());
        assertEquals("Members only: budget proposal 2022", members.title());
        assertEquals("rights2022", members.password());
        WxrItem scheduled = only(item -> item.status().equals("future"));
        assertEquals(Instant.parse("2027-03-10T09:00:00Z"), scheduled.postDateGmt());
        assertEquals("http://127.0.0.1:8081/?p=42", scheduled.link());
        assertEquals(2, only(item -> item.title().equals("Privacy policy")).menuOrder());
        assertEquals("closed", only(item -> item.title().equals("Privacy policy")).commentStatus());
    }

    @Test
    void reads_the_attachment_and_the_post_it_illustrates() {
        WxrItem banner = only(item -> item.postType().equals("attachment"));
        assertEquals(33, banner.postId());
        assertEquals("inherit", banner.status());
        assertEquals(32, banner.postParent());
        assertEquals("http://127.0.0.1:8081/wp-content/uploads/2020/09/hrc-banner.png", banner.attachmentUrl());
        assertEquals("The network's banner", banner.excerpt());
        assertEquals(List.of("2020/09/hrc-banner.png"), banner.metaValues("_wp_attached_file"));
        assertEquals(List.of("33"), item(32).metaValues("_thumbnail_id"));
        assertEquals("", item(32).attachmentUrl());
    }

    @Test
    void keeps_text_in_other_scripts_and_emoji() {
        WxrItem bilingual = only(item -> item.title().equals("Solidarité en ville – Solidarität in der Stadt"));
        assertTrue(bilingual.content().contains("🎉"), bilingual.content());
    }

    @Test
    void reads_every_comment_with_its_moderation_state() {
        List<WxrComment> comments = sample.comments();
        assertEquals(46, comments.size(), "the pingback is one of the 46");
        assertEquals(Map.of("1", 42L, "0", 2L, "trash", 2L),
                comments.stream().collect(groupingBy(WxrComment::approved, counting())));
        assertEquals(Map.of("comment", 45L, "pingback", 1L),
                comments.stream().collect(groupingBy(WxrComment::type, counting())));
        assertEquals(2, comments.stream().filter(comment -> comment.userId() != 0).count());
        List<WxrMeta> trashMeta = List.of(new WxrMeta("_wp_trash_meta_status", "1"),
                new WxrMeta("_wp_trash_meta_time", "1796426088"));
        assertEquals(Set.of(trashMeta), comments.stream().filter(comment -> comment.approved().equals("trash")).map(WxrComment::meta)
                        .collect(Collectors.toSet()));
    }

    @Test
    void keeps_threads_three_deep_and_a_gap_where_spam_was_left_out() {
        Map<Long, WxrComment> byId = sample.comments().stream()
                .collect(Collectors.toMap(WxrComment::id, Function.identity()));
        assertFalse(byId.containsKey(36L), "WordPress exports no spam");
        WxrComment third = byId.get(34L);
        assertEquals(33, third.parentId());
        assertEquals(32, byId.get(33L).parentId());
        assertEquals(0, byId.get(32L).parentId());
        assertEquals(2, byId.get(33L).userId());
        assertEquals("Zoë Müller", byId.get(33L).author());
    }

    @Test
    void keeps_comment_text_exactly_as_stored() {
        WxrComment script = onlyComment(comment -> comment.content().contains("<script>"));
        assertEquals("I agree! <script>alert(\"xss\")</script> Housing first.", script.content());
        assertEquals("Eve <b>Hacker</b>", script.author());
        assertEquals("http://eve.example.com", script.authorUrl());
        assertEquals(Instant.parse("2019-11-07T08:00:00Z"), script.dateGmt());

        WxrComment pingback = onlyComment(comment -> comment.type().equals("pingback"));
        assertEquals("Utrecht Human Rights City &#8211; Looking back at 2020", pingback.author(),
                "WordPress stored the entity as text; the reader does not decode it");
        assertTrue(pingback.content().endsWith("official [&#8230;]"), pingback.content());
        assertEquals("https://utrecht.example.org/2021/01/05/looking-back-at-2020/", pingback.authorUrl());
    }

    // small files: what is refused and how -------------------------------------------------------

    @Test
    void refuses_malformed_xml_with_its_line_and_column() {
        WxrFormatException refused = refuse(export("1.2", """
                <wp:wxr_version>1.2</wp:wxr_version>
                <item><title>Unclosed</titel></item>
                """));
        assertFalse(refused instanceof NotWxrException);
        assertEquals(12, refused.line());
        assertEquals(24, refused.column());
        assertEquals("malformed XML at line 12, column 24: The element type \"title\" must be terminated by the "
                + "matching end-tag \"</title>\".", refused.getMessage());
    }

    @Test
    void refuses_a_character_xml_does_not_allow_with_its_line_and_column() {
        WxrFormatException refused = refuse(export("1.2", """
                <wp:wxr_version>1.2</wp:wxr_version>
                <item>
                  <title>A bell \u0007 rings</title>
                </item>
                """));
        assertEquals(13, refused.line());
        assertEquals(17, refused.column());
        assertTrue(refused.getMessage().startsWith("malformed XML at line 13, column 17: An invalid XML character"),
                refused.getMessage());
    }

    @Test
    void refuses_an_atom_feed_as_not_wordpress() {
        WxrFormatException refused = refuse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>A blog</title></feed>
                """);
        assertInstanceOf(NotWxrException.class, refused);
        assertEquals("not a WordPress export (WXR) at line 2, column 43: its root element is <feed>, not <rss>",
                refused.getMessage());
        assertEquals(2, refused.line());
    }

    @Test
    void refuses_an_rss_feed_without_wordpress_namespace_as_not_wordpress() {
        WxrFormatException refused = refuse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>A blog</title>
                    <link>https://blog.example.org</link>
                    <item><title>A post</title></item>
                  </channel>
                </rss>
                """);
        assertInstanceOf(NotWxrException.class, refused);
        assertEquals("not a WordPress export (WXR) at line 6, column 11: its <channel> has no <wp:wxr_version> "
                + "before its first <item>", refused.getMessage());
    }

    @Test
    void refuses_a_version_outside_wordpress_namespace_as_not_wordpress() {
        assertInstanceOf(NotWxrException.class, refuse("""
                <rss version="2.0"><channel><wxr_version>1.2</wxr_version></channel></rss>
                """));
        assertInstanceOf(NotWxrException.class, refuse("""
                <rss xmlns:wp="http://example.org/not-wordpress/"><channel><wp:wxr_version>1.2</wp:wxr_version></channel></rss>
                """));
    }

    @Test
    void refuses_wordpress_prefixes_without_their_namespaces_as_not_wordpress() {
        WxrFormatException refused = refuse("""
                <rss version="2.0">
                <channel>
                  <wp:wxr_version>1.2</wp:wxr_version>
                </channel>
                </rss>
                """);
        assertInstanceOf(NotWxrException.class, refused);
        assertEquals(3, refused.line());
        assertTrue(refused.getMessage().startsWith("not a WordPress export (WXR) at line 3, column 19: "
                + "the prefix \"wp\" of <wp:wxr_version> is not declared as a namespace"), refused.getMessage());
    }

    @Test
    void refuses_entities_that_expand_without_end() {
        WxrFormatException refused = refuse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
                  <title>&lol9;</title><wp:wxr_version>1.2</wp:wxr_version>
                </channel></rss>
                """);
        assertFalse(refused instanceof NotWxrException);
        assertEquals(13, refused.line());
        assertTrue(refused.getMessage().startsWith("refused at line 13, column 4: the file has a document type "
                + "declaration (DOCTYPE)"), refused.getMessage());
    }

    @Test
    void never_reads_the_file_an_external_entity_names(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:the-secret-line");
        Collected seen = new Collected();
        WxrFormatException refused = assertThrows(WxrFormatException.class, () -> new WxrReader().read(utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
                  <title>&xxe;</title><wp:wxr_version>1.2</wp:wxr_version>
                  <item><title>&xxe;</title><wp:post_id>1</wp:post_id></item>
                </channel></rss>
                """.formatted(secret.toUri())), seen));
        assertTrue(refused.getMessage().contains("document type declaration"), refused.getMessage());
        assertFalse(String.valueOf(refused.getMessage()).contains("the-secret-line"));
        assertEquals(List.of(), seen.sites);
        assertEquals(List.of(), seen.items);
    }

    @Test
    void never_fetches_the_address_an_external_document_type_or_entity_names() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String address = "http://127.0.0.1:" + listener.getLocalPort();
            for (String doctype : List.of("<!DOCTYPE rss SYSTEM \"" + address + "/rss.dtd\">",
                    "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + address + "/remote.dtd\"> %remote;]>",
                    "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + address + "/entity\">]>")) {
                String export = "<?xml version=\"1.0\"?>\n" + doctype + "\n"
                        + "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>&xxe;</title>"
                        + "<wp:wxr_version>1.2</wp:wxr_version></channel></rss>";
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refuse(export), doctype);
            }
            listener.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listener::accept, "the reader connected to the address");
        }
    }

    @Test
    void refuses_an_entity_xml_does_not_declare() {
        WxrFormatException refused = refuse(export("1.2", """
                <wp:wxr_version>1.2</wp:wxr_version>
                <item><title>Caf&eacute;</title></item>
                """));
        assertEquals(12, refused.line());
        assertEquals("malformed XML at line 12, column 25: The entity \"eacute\" was referenced, but not declared.",
                refused.getMessage());
    }

    @Test
    void refuses_a_value_that_is_not_what_wordpress_writes_there() {
        WxrFormatException refused = refuse(export("1.2", """
                <wp:wxr_version>1.2</wp:wxr_version>
                <item><wp:post_id>12a</wp:post_id></item>
                """));
        assertEquals("invalid value at line 12, column 19: wp:post_id is \"12a\", not a whole number",
                refused.getMessage());
        assertEquals(12, refused.line());

        assertEquals("invalid value at line 12, column 40: wp:comment_date_gmt is \"yesterday\", not a date such as "
                + "2021-01-04 09:00:00", refuse(export("1.2", """
                <wp:wxr_version>1.2</wp:wxr_version>
                <item><wp:comment><wp:comment_date_gmt>yesterday</wp:comment_date_gmt></wp:comment></item>
                """)).getMessage());
    }

    @Test
    void refuses_elements_nested_deeper_than_any_export() {
        String deep = "<x>".repeat(WxrReader.MAX_ELEMENT_DEPTH) + "</x>".repeat(WxrReader.MAX_ELEMENT_DEPTH);
        WxrFormatException refused =
                refuse(export("1.2", "<wp:wxr_version>1.2</wp:wxr_version><item>" + deep + "</item>"));
        assertTrue(refused.getMessage().contains("maxElementDepth"), refused.getMessage());
    }

    // small files: what is read -------------------------------------------------------------------

    @Test
    void joins_a_cdata_section_that_wordpress_split_around_its_end_marker() {
        Collected read = read(utf8(export("1.2", """
                <wp:wxr_version>1.2</wp:wxr_version>
                <item>
                  <title><![CDATA[Arrays: a[b[0]]]]><![CDATA[>1]]></title>
                  <wp:post_id>1</wp:post_id>
                  <wp:comment>
                    <wp:comment_id>7</wp:comment_id>
                    <wp:comment_content><![CDATA[Write ]]]]><![CDATA[> to end a CDATA section, & <b>that</b> is all.]]></wp:comment_content>
                  </wp:comment>
                </item>
                """)));
        WxrItem item = read.items.getFirst();
        assertEquals("Arrays: a[b[0]]>1", item.title());
        assertEquals("Write ]]> to end a CDATA section, & <b>that</b> is all.", item.comments().getFirst().content());
    }

    @Test
    void skips_elements_it_does_not_know_in_any_namespace() {
        Collected read = read(utf8(export("1.2", """
                <wp:wxr_version>1.2</wp:wxr_version>
                <yoast:settings xmlns:yoast="https://yoast.com/export/"><yoast:a><yoast:b>x</yoast:b></yoast:a></yoast:settings>
                <wp:future_element><wp:post_id>99</wp:post_id></wp:future_element>
                <wp:author><wp:author_login>ann</wp:author_login><acme:avatar xmlns:acme="urn:acme">big</acme:avatar></wp:author>
                <item>
                  <acme:rating xmlns:acme="urn:acme"><acme:stars>5</acme:stars></acme:rating>
                  <wp:post_id>5</wp:post_id>
                  <wfw:commentRss>http://example.org/feed</wfw:commentRss>
                  <title>Kept <!-- a comment -->whole</title>
                  <wp:postmeta><wp:meta_key>k</wp:meta_key><acme:x xmlns:acme="urn:acme"/><wp:meta_value>v</wp:meta_value></wp:postmeta>
                </item>
                """)));
        assertEquals(List.of("ann"), read.authors.stream().map(WxrAuthor::login).toList());
        WxrItem item = read.items.getFirst();
        assertEquals(5, item.postId());
        assertEquals("Kept whole", item.title());
        assertEquals(List.of(new WxrMeta("k", "v")), item.meta());
    }

    @Test
    void reads_an_export_of_wxr_version_1_1() {
        Collected read = read(utf8(export("1.1", """
                <title>Old &amp; gold</title>
                <wp:wxr_version>1.1</wp:wxr_version>
                <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>
                <item>
                  <title>Hello</title>
                  <excerpt:encoded><![CDATA[Short]]></excerpt:encoded>
                  <wp:post_id>
                    12
                  </wp:post_id>
                  <wp:status>publish</wp:status>
                  <wp:post_date>2011-05-02 12:00:00</wp:post_date>
                  <wp:post_date_gmt> 2011-05-02 10:00:00 </wp:post_date_gmt>
                  <category><![CDATA[News]]></category>
                  <category domain="category" nicename="news"><![CDATA[News]]></category>
                </item>
                """)));
        assertEquals("1.1", read.sites.getFirst().wxrVersion());
        assertEquals("Old & gold", read.sites.getFirst().title());
        assertEquals(List.of(new WxrTerm("category", 3, "news", "News", "", "")), read.terms);
        WxrItem item = read.items.getFirst();
        assertEquals(12, item.postId());
        assertEquals("Short", item.excerpt());
        assertEquals(Instant.parse("2011-05-02T10:00:00Z"), item.postDateGmt());
        assertEquals(LocalDateTime.parse("2011-05-02T12:00:00"), item.postDate(), "the site's own time, as written");
        assertEquals(List.of(new WxrItemTerm("category", "news", "News")), item.terms(),
                "a category without domain, as old exports repeat them, is left out");
        assertEquals("", item.postType());
        assertEquals("", item.password());
        assertFalse(item.sticky());
    }

    @Test
    void hands_the_site_over_even_when_the_export_has_nothing_else() {
        Collected read = read(utf8(export("1.0", "<title>Empty</title><wp:wxr_version>1.0</wp:wxr_version>")));
        assertEquals(List.of(new WxrSite("Empty", "", "", "", "", "1.0")), read.sites);
        assertEquals(List.of(), read.items);
    }

    @Test
    void lets_the_handler_stop_the_reading() {
        IllegalStateException stop = new IllegalStateException("enough");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new WxrReader().read(
                utf8(export("1.2", "<wp:wxr_version>1.2</wp:wxr_version><item/><item/>")), new WxrHandler() {
                    @Override
                    public void item(WxrItem item) {
                        throw stop;
                    }
                }));
        assertSame(stop, thrown);
    }

    @Test
    void reports_a_failing_stream_as_an_input_error_not_as_malformed_xml() {
        InputStream failing = new InputStream() {
            private final InputStream start = utf8("<?xml version=\"1.0\"?><rss><channel>" + " ".repeat(20_000));

            @Override
            public int read() throws IOException {
                int next = start.read();
                if (next < 0) {
                    throw new IOException("connection reset");
                }
                return next;
            }
        };
        UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> new WxrReader().read(failing,
                new WxrHandler() {
                }));
        assertEquals("connection reset", failed.getCause().getMessage());
    }

    // helpers -------------------------------------------------------------------------------------

    /** An export with WordPress's namespace declarations of one WXR version; the body starts on line 11. */
    static String export(String version, String channelBody) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0"
                	xmlns:excerpt="http://wordpress.org/export/%1$s/excerpt/"
                	xmlns:content="http://purl.org/rss/1.0/modules/content/"
                	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                	xmlns:dc="http://purl.org/dc/elements/1.1/"
                	xmlns:wp="http://wordpress.org/export/%1$s/"
                >

                <channel>
                %2$s</channel>
                </rss>
                """.formatted(version, channelBody);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    private static WxrFormatException refuse(String export) {
        return assertThrows(WxrFormatException.class, () -> read(utf8(export)));
    }

    private static Collected read(InputStream export) {
        Collected collected = new Collected();
        new WxrReader().read(export, collected);
        return collected;
    }

    private static WxrTerm term(String taxonomy, String slug) {
        return sample.terms.stream().filter(term -> term.taxonomy().equals(taxonomy) && term.slug().equals(slug))
                .findFirst().orElseThrow();
    }

    private static WxrItem item(long postId) {
        return only(item -> item.postId() == postId);
    }

    private static WxrItem only(Predicate<WxrItem> which) {
        List<WxrItem> found = sample.items.stream().filter(which).toList();
        assertEquals(1, found.size(), () -> "items found: " + found.stream().map(WxrItem::title).toList());
        return found.getFirst();
    }

    private static WxrComment onlyComment(Predicate<WxrComment> which) {
        List<WxrComment> found = sample.comments().stream().filter(which).toList();
        assertEquals(1, found.size());
        return found.getFirst();
    }

    /** A handler that keeps everything it is handed, in order. */
    static final class Collected implements WxrHandler {
        final List<WxrSite> sites = new ArrayList<>();
        final List<WxrAuthor> authors = new ArrayList<>();
        final List<WxrTerm> terms = new ArrayList<>();
        final List<WxrItem> items = new ArrayList<>();

        @Override
        public void site(WxrSite site) {
            sites.add(site);
        }

        @Override
        public void author(WxrAuthor author) {
            authors.add(author);
        }

        @Override
        public void term(WxrTerm term) {
            terms.add(term);
        }

        @Override
        public void item(WxrItem item) {
            items.add(item);
        }

        List<WxrComment> comments() {
            return items.stream().flatMap(item -> item.comments().stream()).toList();
        }
    }
}
