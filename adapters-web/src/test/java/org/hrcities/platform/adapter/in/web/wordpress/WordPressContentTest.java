package org.hrcities.platform.adapter.in.web.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.wordpress.WordPressContent.Converted;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

class WordPressContentTest {

    private static Converted convert(String content) {
        return WordPressContent.toMarkdown(content);
    }

    private static String markdown(String content) {
        return convert(content).markdown();
    }

    /** The converted body as the site shows it. */
    private static Document rendered(String content) {
        return Jsoup.parseBodyFragment(Markdown.toHtml(markdown(content)).value());
    }

    // paragraphs (WordPress's wpautop) ------------------------------------------------------------

    @Test
    void makes_paragraphs_of_text_separated_by_blank_lines() {
        String markdown = markdown("First paragraph.\n\nSecond paragraph.\n\n\n\nThird, after two blank lines.");
        assertEquals("First paragraph.\n\nSecond paragraph.\n\nThird, after two blank lines.\n", markdown);
    }

    @Test
    void turns_a_single_line_break_into_a_hard_break() {
        Document html = rendered("Line one\nline two\r\nline three");
        assertEquals(1, html.select("p").size(), html.body().html());
        assertEquals(2, html.select("p > br").size(), html.body().html());
        assertEquals("Line one line two line three", html.text());
    }

    @Test
    void does_not_wrap_block_elements_in_paragraphs() {
        String content = "Intro\n<h2>Heading</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
                + "<blockquote>Quoted</blockquote>\n<table><tr><td>a</td></tr><tr><td>1</td></tr></table>\nOutro";
        String html = AutoParagraphs.apply(content);
        assertTrue(html.startsWith("<p>Intro</p>\n<h2>Heading</h2>"), html);
        assertTrue(html.contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"), html);
        assertTrue(html.contains("<blockquote>\n<p>Quoted</p>\n</blockquote>") || html.contains("<blockquote><p>Quoted</p></blockquote>"), html);
        assertTrue(html.endsWith("<p>Outro</p>\n"), html);
        assertFalse(html.contains("<p><h2>") || html.contains("<p><ul>") || html.contains("<p><table>"), html);
    }

    @Test
    void leaves_preformatted_text_exactly_as_written() {
        String code = "int a = 1;\n\n\n    if (a < 2) {\n        b *= 3; // [gallery] <!-- no comment -->\n    }";
        String content = "Before\n<pre>" + code.replace("<", "&lt;") + "</pre>\nAfter";
        assertTrue(AutoParagraphs.apply(content).contains("<pre>" + code.replace("<", "&lt;") + "</pre>"));
        String markdown = markdown(content);
        assertTrue(markdown.contains("```\n" + code + "\n```\n"), markdown);
        assertEquals(code + "\n", rendered(content).selectFirst("pre > code").wholeText());
        assertEquals(List.of(), convert(content).shortcodesLeft(), "code is not searched for shortcodes");
    }

    @Test
    void keeps_the_paragraphs_of_block_editor_content_as_they_are() {
        String content = """
                <!-- wp:paragraph -->
                <p>First, with a <a href="https://example.org">link</a>.</p>
                <!-- /wp:paragraph -->

                <!-- wp:paragraph -->
                <p>Second<br>with a break.</p>
                <!-- /wp:paragraph -->

                <!-- wp:list -->
                <ul><li>one</li><li>two</li></ul>
                <!-- /wp:list -->""";
        Document html = rendered(content);
        assertEquals(2, html.select("p").size(), html.body().html());
        assertEquals("First, with a link.", html.select("p").get(0).text());
        assertEquals(1, html.select("p").get(1).select("br").size(), html.body().html());
        assertEquals(2, html.select("ul > li").size(), html.body().html());
        String withoutComments = content.replaceAll("(?s)<!--.*?-->", "");
        assertEquals(Jsoup.parseBodyFragment(withoutComments).select("p").outerHtml(),
                Jsoup.parseBodyFragment(AutoParagraphs.apply(withoutComments)).select("p").outerHtml(), "autop changes no paragraph");
    }

    @Test
    void makes_no_other_paragraphs_when_applied_to_its_own() throws Exception {
        // as the converter applies it: to the body without its comments
        for (Item item : sampleItems()) {
            String once = AutoParagraphs.apply(item.content().replaceAll("(?s)<!--.*?-->", ""));
            assertEquals(Jsoup.parseBodyFragment(once).body().html(), Jsoup.parseBodyFragment(AutoParagraphs.apply(once)).body().html(),
                    item.title() + ": the same elements (the whitespace between blocks may differ, as in WordPress)");
        }
    }

    // comments ------------------------------------------------------------------------------------

    @Test
    void removes_block_editor_comments_and_every_other_comment() {
        String content = """
                <!-- wp:heading {"level":3} --><h3>Title</h3><!-- /wp:heading -->
                <!-- wp:image {"id":5,"sizeSlug":"large"} -->
                <figure class="wp-block-image"><img src="https://example.org/a.png" alt="A"/></figure>
                <!-- /wp:image {"id":5} -->
                <!-- wp:separator /-->
                <!-- wp:paragraph {"fontSize":"small"} --><p>Text<!--more--> and more.</p><!-- /wp:paragraph -->
                <!-- a comment
                over two lines -->""";
        String markdown = markdown(content);
        assertFalse(markdown.contains("<!--") || markdown.contains("wp:") || markdown.contains("more-->"), markdown);
        assertEquals("### Title\n\n![A](https://example.org/a.png)\n\nText and more.\n", markdown);
    }

    // [caption] -------------------------------------------------------------------------------------

    @Test
    void turns_a_caption_shortcode_into_an_image_titled_with_its_caption() {
        Converted converted = convert("[caption id=\"attachment_5\" align=\"aligncenter\" width=\"300\"]"
                + "<img class=\"size-medium wp-image-5\" src=\"https://example.org/a-300x200.jpg\" alt=\"A view\" "
                + "width=\"300\" height=\"200\" /> The caption text[/caption]");
        assertEquals("![A view](https://example.org/a-300x200.jpg \"The caption text\")\n", converted.markdown());
        assertEquals(List.of(), converted.shortcodesLeft());
        Element figure = Jsoup.parseBodyFragment(Markdown.toHtml(converted.markdown()).value()).selectFirst("figure");
        assertNotNull(figure);
        assertEquals("https://example.org/a-300x200.jpg", figure.selectFirst("img").attr("src"));
        assertEquals("The caption text", figure.selectFirst("figcaption").text());
    }

    @Test
    void drops_the_link_around_a_captioned_image() {
        String markdown = markdown("[caption id=\"attachment_5\" align=\"alignleft\" width=\"300\"]"
                + "<a href=\"https://example.org/a.jpg\"><img src=\"https://example.org/a-300x200.jpg\" alt=\"A\" /></a>"
                + " Caption after a link[/caption]");
        assertEquals("![A](https://example.org/a-300x200.jpg \"Caption after a link\")\n", markdown);
    }

    @Test
    void reads_the_caption_from_the_attribute_older_wordpress_wrote() {
        String markdown = markdown("[caption id=\"attachment_6\" align=\"alignnone\" width=\"300\" "
                + "caption=\"An &quot;old&quot; caption\"]<img src=\"https://example.org/b.jpg\" alt=\"B\" />[/caption]");
        assertEquals("![B](https://example.org/b.jpg \"An \\\"old\\\" caption\")\n", markdown);
    }

    @Test
    void escapes_quotes_and_backslashes_in_a_caption_so_that_it_reads_back_the_same() {
        String caption = "Say \"cheese\" \\ (or 'brie') & <b>sing</b> *now*";
        String content = "[caption id=\"attachment_7\" width=\"300\"]<img src=\"https://example.org/c.jpg\" alt=\"C\" /> "
                + caption.replace("&", "&amp;") + "[/caption]";
        Element figure = rendered(content).selectFirst("figure");
        assertNotNull(figure, markdown(content));
        assertEquals("Say \"cheese\" \\ (or 'brie') & sing *now*", figure.selectFirst("figcaption").text());
    }

    @Test
    void makes_the_same_figure_of_a_block_editor_image_with_a_caption() {
        String markdown = markdown("<!-- wp:image {\"id\":33} --><figure class=\"wp-block-image size-full\">"
                + "<img src=\"https://example.org/banner.png\" alt=\"Banner\" class=\"wp-image-33\"/>"
                + "<figcaption class=\"wp-element-caption\">The <em>network's</em> banner</figcaption></figure><!-- /wp:image -->");
        assertEquals("![Banner](https://example.org/banner.png \"The network's banner\")\n", markdown);
    }

    // other shortcodes --------------------------------------------------------------------------------

    @Test
    void leaves_other_shortcodes_as_written_and_names_each_once() {
        String content = "[gallery ids=\"1,2\"]\n\nWatch: [embed]https://www.youtube.com/watch?v=x_y[/embed]\n\n"
                + "[contact-form-7 id=\"1\" title=\"Contact form\"]\n\n[audio mp3=\"https://example.org/a.mp3\"][/audio]\n\n"
                + "[gallery ids=\"3\"]";
        Converted converted = convert(content);
        assertEquals(List.of("gallery", "embed", "contact-form-7", "audio"), converted.shortcodesLeft());
        assertEquals("[gallery ids=\"1,2\"] Watch: [embed]https://www.youtube.com/watch?v=x_y[/embed] "
                        + "[contact-form-7 id=\"1\" title=\"Contact form\"] [audio mp3=\"https://example.org/a.mp3\"][/audio] "
                        + "[gallery ids=\"3\"]",
                rendered(content).text(), "shown as written: " + converted.markdown());
        assertTrue(converted.markdown().startsWith("\\[gallery ids=\"1,2\"\\]"), converted.markdown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[gallery]", "[playlist ids=\"1\"]", "[video src=\"https://example.org/v.mp4\"]",
            "[foo id=\"1\"]", "[foo bar='x']", "[foo /]", "[foo]text[/foo]", "[my_widget]", "[x-form]"})
    void recognises_a_shortcode_by_its_form(String text) {
        List<String> names = convert("Before " + text + " after.").shortcodesLeft();
        assertEquals(1, names.size(), text + ": " + names);
        assertEquals("Before " + text + " after.", rendered("Before " + text + " after.").text(), "shown as written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]", "[12]", "[sic]", "[citation needed]", "[see below](https://example.org)",
            "[Update: fixed]", "[ ]", "[...]", "[a]", "[/gallery]", "[1-2]", "[Gallery]"})
    void does_not_take_brackets_in_prose_for_a_shortcode(String text) {
        String content = "They said " + text + " twice.";
        assertEquals(List.of(), convert(content).shortcodesLeft(), text);
        assertEquals(content, rendered(content).text(), "shown as written: " + markdown(content));
    }

    @Test
    void shows_a_shortcode_written_as_text_with_single_brackets_and_does_not_name_it() {
        Converted converted = convert("Type [[gallery ids=\"1\"]] to show a gallery.");
        assertEquals(List.of(), converted.shortcodesLeft());
        assertEquals("Type [gallery ids=\"1\"] to show a gallery.", Jsoup.parseBodyFragment(
                Markdown.toHtml(converted.markdown()).value()).text());
    }

    // the HTML Markdown can say -------------------------------------------------------------------------

    @Test
    void converts_a_table_making_its_first_row_the_header_when_it_has_none() {
        String markdown = markdown("<table>\n<tr><td>City</td><td>Since</td></tr>\n<tr><td>Graz</td><td>2001</td></tr>\n"
                + "<tr><td>Lund | Malmö</td><td>2019</td></tr>\n</table>");
        assertEquals("""
                | City | Since |
                |---|---|
                | Graz | 2001 |
                | Lund \\| Malmö | 2019 |
                """, markdown.replaceAll(" +", " ").replaceAll("-+", "---"));
        Document html = Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value());
        assertEquals(List.of("City", "Since"), html.select("thead th").eachText());
        assertEquals(List.of("Graz", "2001", "Lund | Malmö", "2019"), html.select("tbody td").eachText());
    }

    @Test
    void converts_a_table_that_has_a_header() {
        Document html = rendered("<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>");
        assertEquals(List.of("a", "b"), html.select("thead th").eachText());
        assertEquals(List.of("1", "2"), html.select("tbody td").eachText());
    }

    @Test
    void converts_nested_lists() {
        String content = "<ul>\n<li>One\n<ol>\n<li>One point one</li>\n<li>One point two\n<ul><li>Deep</li></ul></li>\n</ol>\n"
                + "</li>\n<li>Two</li>\n</ul>";
        String markdown = markdown(content);
        assertEquals("""
                - One
                  1. One point one
                  2. One point two
                     - Deep
                - Two
                """, markdown);
        Document html = Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value());
        assertEquals("Deep", html.selectFirst("ul > li > ol > li > ul > li").text());
    }

    @Test
    void converts_a_quotation() {
        String markdown = markdown("Before.\n<blockquote>Human rights begin close to home.\n<cite>Eleanor Roosevelt</cite></blockquote>\nAfter.");
        assertEquals("Before.\n\n> Human rights begin close to home.  \n> Eleanor Roosevelt\n\nAfter.\n", markdown);
        assertEquals("Human rights begin close to home. Eleanor Roosevelt",
                Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value()).selectFirst("blockquote").text());
    }

    @Test
    void keeps_heading_levels() {
        String markdown = markdown("<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>");
        assertEquals("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n", markdown);
    }

    @Test
    void converts_emphasis_code_links_and_images() {
        String markdown = markdown("<p><strong>Note: </strong>some <b>bold</b>, <em>em</em>, <i>i</i> and <code>a `tick`</code>; "
                + "a <a href=\"https://example.org/a_(b)\" title=\"A &quot;t&quot;\">link</a> and "
                + "<img src=\"https://example.org/i.png\" alt=\"an [image]\">.</p>");
        assertEquals("**Note:** some **bold**, *em*, *i* and `` a `tick` ``; "
                + "a [link](https://example.org/a_\\(b\\) \"A \\\"t\\\"\") and ![an \\[image\\]](https://example.org/i.png).\n", markdown);
        Document html = Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value());
        assertEquals("Note:", html.selectFirst("strong").text());
        assertEquals("a `tick`", html.selectFirst("code").text());
        assertEquals("/a_(b)", java.net.URI.create(html.selectFirst("a").attr("href")).getPath(), "the same address");
        assertEquals("A \"t\"", html.selectFirst("a").attr("title"));
        assertEquals("an [image]", html.selectFirst("img").attr("alt"));
    }

    @Test
    void moves_spaces_out_of_emphasis_and_joins_emphasis_in_a_row() {
        String markdown = markdown("<strong>Note: </strong>Text, <strong>Note:&nbsp;</strong>Text, "
                + "<em>one</em><em>word</em>, <b>bold</b><strong>er</strong> and <strong>Tip:</strong>Text.");
        assertEquals("**Note:** Text, **Note:**\u00a0Text, *oneword*, **bolder** and **Tip:** Text.\n", markdown);
        Document html = Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value());
        assertEquals(List.of("Note:", "Note:", "bolder", "Tip:"), html.select("strong").eachText());
        assertEquals(List.of("oneword"), html.select("em").eachText());
    }

    @Test
    void makes_the_figures_of_a_gallery_and_keeps_the_link_of_an_image_without_caption() {
        String markdown = markdown("<!-- wp:gallery --><figure class=\"wp-block-gallery\">"
                + "<figure class=\"wp-block-image\"><img src=\"https://example.org/1.jpg\" alt=\"one\"/><figcaption>First</figcaption></figure>"
                + "<figure class=\"wp-block-image\"><a href=\"https://example.org/2-full.jpg\"><img src=\"https://example.org/2.jpg\" alt=\"two\"/></a></figure>"
                + "<figcaption class=\"blocks-gallery-caption\">The gallery</figcaption></figure><!-- /wp:gallery -->");
        assertEquals("![one](https://example.org/1.jpg \"First\")\n\n[![two](https://example.org/2.jpg)](https://example.org/2-full.jpg)"
                + "\n\nThe gallery\n", markdown);
    }

    @Test
    void keeps_a_table_figure_s_caption_as_a_paragraph_after_the_table() {
        Document html = rendered("<figure class=\"wp-block-table\"><table><tbody><tr><td>a</td></tr><tr><td>1</td></tr></tbody></table>"
                + "<figcaption>Table caption</figcaption></figure>");
        assertEquals(List.of("a"), html.select("th").eachText());
        assertEquals("Table caption", html.selectFirst("table + p").text());
    }

    @Test
    void links_a_web_address_standing_alone_as_wordpress_embeds_it() {
        String content = "https://vimeo.com/12345\n\n<!-- wp:embed --><figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n"
                + "https://www.youtube.com/watch?v=ab_c\n</div></figure><!-- /wp:embed -->\n\nSee https://example.org in the text.";
        assertEquals("[https://vimeo.com/12345](https://vimeo.com/12345)\n\n"
                + "[https://www.youtube.com/watch?v=ab_c](https://www.youtube.com/watch?v=ab_c)\n\n"
                + "See https://example.org in the text.\n", markdown(content));
    }

    @Test
    void keeps_the_text_of_inline_html_that_markdown_cannot_say() {
        String content = "<p><span style=\"color:red\">Red</span> <u>under</u> <del>gone</del> x<sup>2</sup> "
                + "<font face=\"Arial\">font</font></p>\n<div class=\"note\">In a div</div>\n<div>Another div</div>\n"
                + "<section><p>In a section</p></section>";
        String markdown = markdown(content);
        assertEquals("Red under gone x2 font\n\nIn a div\n\nAnother div\n\nIn a section\n", markdown);
    }

    @Test
    void escapes_text_that_markdown_would_read_as_syntax() {
        String content = "# not a heading\n1. not a list\n- not a list\n+ nor this\n> not a quote\n=====\n"
                + "*stars*, _underscores_, snake_case, `ticks`, <b>[brackets]</b>, a\\b, &amp;amp; &lt;tag&gt; | pipe";
        Document html = rendered(content);
        assertEquals(1, html.body().children().size(), "one paragraph: " + markdown(content));
        assertEquals("# not a heading 1. not a list - not a list + nor this > not a quote ===== "
                + "*stars*, _underscores_, snake_case, `ticks`, [brackets], a\\b, &amp; <tag> | pipe", html.text());
    }

    @Test
    void decodes_entities_and_keeps_non_ascii_text_and_emoji() {
        String content = "Caf&eacute; &amp; cr&#232;me&nbsp;br&ucirc;l&#xE9;e &#8211; “quotes” ‘single’ …\n\n"
                + "Łódź, Straße, 東京, Ελλάδα 🎉🏳️‍🌈👍🏽";
        String markdown = markdown(content);
        assertEquals("Café & crème\u00a0brûlée – “quotes” ‘single’ …\n\nŁódź, Straße, 東京, Ελλάδα 🎉🏳️‍🌈👍🏽\n", markdown);
        assertEquals("Café & crème\u00a0brûlée – “quotes” ‘single’ … Łódź, Straße, 東京, Ελλάδα 🎉🏳️‍🌈👍🏽",
                rendered(content).wholeText().strip().replaceAll("[ \t\n]+", " "), "the non-breaking space kept");
    }

    @Test
    void keeps_an_image_in_a_line_of_text_a_plain_image_whatever_its_title() {
        String markdown = markdown("See <img src=\"https://example.org/i.png\" alt=\"icon\" title=\"A tooltip\"> here.\n\n"
                + "<img src=\"https://example.org/j.png\" alt=\"alone\" title=\"Not a caption\">");
        assertEquals("See ![icon](https://example.org/i.png) here.\n\n![alone](https://example.org/j.png)\n", markdown,
                "only a caption becomes a title, so that only captioned images become figures");
        assertTrue(Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value()).select("figure").isEmpty());
    }

    // what must not survive -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>Text",
            "<style>body{display:none}</style>Text",
            "<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">Text</p>",
            "<img src=\"x\" onerror=\"alert(1)\">Text",
            "<a href=\"javascript:alert(1)\">Text</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">Text</a>",
            "<a href=\" java\nscript:alert(1)\">Text</a>",
            "<a href=\"&#106;avascript:alert(1)\">Text</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Text</a>",
            "<a href=\"vbscript:msgbox(1)\">Text</a>",
            "<img src=\"javascript:alert(1)\" alt=\"x\">Text",
            "<iframe src=\"javascript:alert(1)\"></iframe>Text",
            "<object data=\"javascript:alert(1)\"></object>Text",
            "<svg onload=\"alert(1)\"><text>no</text></svg>Text",
            "<form action=\"https://evil.example\"><input name=\"q\"><button>no</button></form>Text"})
    void leaves_nothing_that_could_run(String content) {
        Converted converted = convert(content);
        String markdown = converted.markdown();
        String lower = markdown.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("javascript") || lower.contains("vbscript") || lower.contains("data:"), markdown);
        assertFalse(lower.contains("alert") || lower.contains("onclick") || lower.contains("onerror"), markdown);
        assertFalse(markdown.contains("<"), "no markup left, not even escaped: " + markdown);
        assertEquals("Text", rendered(content).text(), markdown);
    }

    @Test
    void turns_an_iframe_into_a_link_to_what_it_showed() {
        String markdown = markdown("Watch:\n\n<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" "
                + "onload=\"alert(1)\"></iframe>");
        assertEquals("Watch:\n\n[https://www.youtube.com/embed/abc](https://www.youtube.com/embed/abc)\n", markdown);
    }

    // addresses ----------------------------------------------------------------------------------------------

    @Test
    void lists_every_image_address_once_as_the_post_had_it() {
        Converted converted = convert("<img src=\"/wp-content/uploads/a.jpg\" alt=\"a\">\n\n"
                + "[caption id=\"attachment_1\"]<img src=\"https://old.example/wp-content/uploads/b.jpg\" alt=\"b\"> B[/caption]\n\n"
                + "<figure><img src=\"https://old.example/wp-content/uploads/c.png\" alt=\"c\"></figure>\n\n"
                + "<img src=\"/wp-content/uploads/a.jpg\" alt=\"again\">");
        assertEquals(List.of("/wp-content/uploads/a.jpg", "https://old.example/wp-content/uploads/b.jpg",
                "https://old.example/wp-content/uploads/c.png"), converted.imageUrls());
    }

    @Test
    void rewrites_the_address_of_every_link_and_image() {
        Converted converted = WordPressContent.toMarkdown(
                "<a href=\"https://old.example/2020/01/post/\">Post</a> "
                        + "<img src=\"https://old.example/wp-content/uploads/a.jpg\" alt=\"A\"> "
                        + "<a href=\"https://elsewhere.example/\">Elsewhere</a>",
                url -> url.replace("https://old.example/wp-content/uploads/", "/media/")
                        .replace("https://old.example/", "/"));
        assertEquals("[Post](/2020/01/post/) ![A](/media/a.jpg) [Elsewhere](https://elsewhere.example/)\n", converted.markdown());
        assertEquals(List.of("https://old.example/wp-content/uploads/a.jpg"), converted.imageUrls());
    }

    @Test
    void drops_an_address_that_the_rewriting_makes_unsafe() {
        Converted converted = WordPressContent.toMarkdown("<a href=\"https://a.example/\">A</a>", url -> "javascript:alert(1)");
        assertEquals("A\n", converted.markdown());
    }

    @Test
    void converts_an_empty_body_to_an_empty_one() {
        assertEquals(new Converted("", List.of(), List.of()), convert(""));
        assertEquals(new Converted("", List.of(), List.of()), convert(" \n<!-- wp:paragraph --><p>&nbsp;</p><!-- /wp:paragraph -->\n"));
    }

    // the sample export --------------------------------------------------------------------------------------

    /** One item of the export: its title and its content:encoded. */
    private record Item(String title, String content) {
    }

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

    /**
     * The items of a real export written by WordPress 6.1 (a copy of the project's shared
     * {@code wordpress/hrc-sample.wxr.xml}; its README there says what it holds), read with the JDK's DOM.
     */
    private static List<Item> sampleItems() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = WordPressContentTest.class.getResourceAsStream("/wordpress/hrc-sample.wxr.xml")) {
            assertNotNull(in, "the sample export is a test resource");
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(in);
            NodeList items = xml.getElementsByTagName("item");
            List<Item> result = new ArrayList<>();
            for (int i = 0; i < items.getLength(); i++) {
                org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
                String title = item.getElementsByTagName("title").item(0).getTextContent();
                String content = item.getElementsByTagNameNS(CONTENT_NS, "encoded").item(0).getTextContent();
                result.add(new Item(title, content));
            }
            assertEquals(38, result.size(), "the items the export's README lists");
            return result;
        }
    }

    private static Item sampleItem(String titleStart) throws Exception {
        return sampleItems().stream().filter(item -> item.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void leaves_no_block_comment_in_any_post_of_the_sample_export() throws Exception {
        int withBlocks = 0;
        for (Item item : sampleItems()) {
            withBlocks += item.content().contains("<!-- wp:") ? 1 : 0;
            String markdown = markdown(item.content());
            assertFalse(markdown.contains("<!--") || markdown.contains("wp:"), item.title() + ": " + markdown);
        }
        assertTrue(withBlocks > 10, "the sample has block editor posts: " + withBlocks);
    }

    @Test
    void renders_the_caption_shortcode_of_the_sample_export_as_a_figure() throws Exception {
        Item guide = sampleItem("A guide to accessible events");
        assertTrue(guide.content().contains("[caption id=\"attachment_33\""), "the post with the [caption] shortcode");
        Converted converted = convert(guide.content());
        assertEquals(List.of(), converted.shortcodesLeft());
        Document html = Jsoup.parseBodyFragment(Markdown.toHtml(converted.markdown()).value());
        List<String> captions = html.select("figure > figcaption").eachText();
        assertEquals(List.of("The network's banner at the 2020 online forum.", "The banner in medium size"), captions,
                "the block editor's captioned image and the [caption] shortcode: " + converted.markdown());
        Element shortcodeFigure = html.select("figure").get(1);
        assertEquals("http://127.0.0.1:8081/wp-content/uploads/2020/09/hrc-banner-300x169.png",
                shortcodeFigure.selectFirst("img").attr("src"));
        assertEquals("Network banner", shortcodeFigure.selectFirst("img").attr("alt"));
        assertEquals(List.of("http://127.0.0.1:8081/wp-content/uploads/2020/09/hrc-banner.png",
                "http://127.0.0.1:8081/wp-content/uploads/2020/09/hrc-banner-300x169.png"), converted.imageUrls());
        assertEquals(List.of("Before the event", "Checklist for the venue"), html.select("h2, h3").eachText());
        assertEquals(3, html.select("ol > li").size());
        assertEquals(1, html.select("blockquote").size());
        assertEquals(1, html.select("hr").size());
    }

    @Test
    void keeps_the_french_german_and_emoji_text_of_the_sample_export() throws Exception {
        Item post = sampleItem("Solidarité en ville");
        String markdown = markdown(post.content());
        assertEquals("""
                À Graz comme à Strasbourg, les habitants ont organisé des repas solidaires 🍲 pour les personnes sans abri. \
                « Les droits humains commencent près de chez soi », rappelle l'adjointe au maire. Déjà 1 200 repas servis ! 🎉

                Auch in Graz gab es Straßenküchen: „Menschenrechte sind keine Frage der Größe einer Stadt“, sagte die \
                Bürgermeisterin. Über 300 Freiwillige – Jung und Alt – halfen mit. 🤝✊🏽

                Merci ! Danke schön ! 🌍🏳️‍🌈❤️
                """, markdown);
        assertEquals(Jsoup.parseBodyFragment(post.content()).select("p").eachText(),
                Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value()).select("p").eachText());
    }

    /** The shortcode tags of a [caption], which become a figure: only the caption's text stays text. */
    private static final Pattern CAPTION_TAGS = Pattern.compile("\\[caption[^\\]]*\\]|\\[/caption\\]");

    /**
     * Every post shows the text that WordPress showed for it (its HTML after autop), compared without
     * whitespace: the converter adds no text, drops none and changes none. The one exception: the
     * tags of a [caption] shortcode, which WordPress never showed either.
     */
    @Test
    void renders_every_post_of_the_sample_export_with_the_text_wordpress_shows() throws Exception {
        for (Item item : sampleItems()) {
            String shown = CAPTION_TAGS.matcher(Jsoup.parseBodyFragment(AutoParagraphs.apply(item.content())).text()).replaceAll("");
            String markdown = markdown(item.content());
            String rendered = Jsoup.parseBodyFragment(Markdown.toHtml(markdown).value()).text();
            assertEquals(withoutWhitespace(shown), withoutWhitespace(rendered), item.title() + ":\n" + markdown);
        }
    }

    @Test
    void makes_the_paragraphs_of_a_classic_editor_post_of_the_sample_export() throws Exception {
        Item post = sampleItem("Graz celebrates 18 years");
        Document html = Jsoup.parseBodyFragment(Markdown.toHtml(markdown(post.content())).value());
        assertEquals(3, html.select("p").size(), html.body().html());
        assertTrue(html.select("p").get(2).text().startsWith("Residents can read the report"));
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }
}
