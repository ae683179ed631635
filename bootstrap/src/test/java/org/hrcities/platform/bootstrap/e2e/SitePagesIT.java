package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/** The visitors' pages of the running site over HTTP: status, headers, caching, feeds. */
@ExtendWith(DemoSite.class)
class SitePagesIT {

    private static final List<String> PAGES = List.of("/", "/posts/happy-new-year-2021", "/cities", "/cities/graz",
            "/topics/housing", "/pages/about-the-network", "/search?q=housing", "/search");

    @Test
    void every_page_answers_html_with_the_security_headers(Site site) {
        for (String path : PAGES) {
            HttpResponse<String> page = site.get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElseThrow(), path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("script-src") || policy.contains("unsafe-inline"), policy);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
            assertFalse(page.body().contains("@example."), "no email address on " + path);
            assertFalse(page.body().contains("<script"), "no script on " + path);
        }
    }

    @Test
    void a_page_is_not_sent_again_when_the_client_holds_it(Site site) {
        HttpResponse<String> first = site.get("/cities");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, site.get("/cities", "If-None-Match", tag).statusCode());
        assertEquals(304, site.get("/cities", "If-Modified-Since", modified).statusCode());
        assertEquals(200, site.get("/cities", "If-None-Match", "\"something-else\"").statusCode());
    }

    @Test
    void pages_are_compressed_for_clients_that_accept_gzip(Site site) {
        HttpResponse<String> page = site.get("/posts/happy-new-year-2021", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(page.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    }

    @Test
    void the_post_page_shows_the_post_its_comments_and_a_form_and_sets_no_cookie(Site site) {
        HttpResponse<String> page = site.get("/posts/happy-new-year-2021");
        String html = page.body();
        System.out.println("demo post page: " + html.getBytes(StandardCharsets.UTF_8).length + " bytes");
        assertTrue(html.contains("<h1>Happy New Year 2021!</h1>"));
        assertTrue(html.contains("Karin Lindqvist"));
        assertTrue(html.contains("<ol class=\"replies\">"), "replies are nested");
        assertTrue(html.contains("Email <span class=\"req\">(required)</span>"), "required fields are marked in words");
        assertTrue(html.contains("will not be published"));
        assertTrue(html.contains("name=\"served\""), "the form carries its stamp");
        assertFalse(html.contains("name=\"token\""), "and no token: the page is the same for every reader");
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");
        assertEquals("public, no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void a_comment_form_that_a_browser_says_another_site_sent_is_refused_and_one_from_the_page_is_taken(Site site) {
        String path = "/posts/happy-new-year-2021/comments";
        String fields = "name=Lea&email=" + URLEncoder.encode(Moderation.email("lea"), StandardCharsets.UTF_8) + "&comment="
                + URLEncoder.encode(Moderation.text("From where?"), StandardCharsets.UTF_8);

        HttpResponse<String> forged = site.post(path, "application/x-www-form-urlencoded", fields,
                "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example", "X-Forwarded-For", Moderation.address());
        HttpResponse<String> opaque = site.post(path, "application/x-www-form-urlencoded", fields,
                "Origin", "null", "X-Forwarded-For", Moderation.address());
        HttpResponse<String> fromThePage = site.post(path, "application/x-www-form-urlencoded", fields,
                "Sec-Fetch-Site", "same-origin", "Origin", site.uri("/").toString().replaceAll("/$", ""),
                "X-Forwarded-For", Moderation.address());

        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("sent from another site"), forged.body());
        assertEquals(403, opaque.statusCode(), "an opaque origin is not this site");
        assertEquals(303, fromThePage.statusCode(), fromThePage.body());
    }

    @Test
    void markup_in_an_approved_comment_is_shown_as_text(Site site) {
        String html = site.get("/posts/york-reports-on-its-human-rights-indicators").body();
        assertTrue(html.contains("&lt;script src=\"chart.js\"&gt;&lt;/script&gt;"), "the script tag is text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the image tag is text");
        assertTrue(html.contains("<a href=\"https://www.york.gov.uk\" rel=\"ugc nofollow noopener\">"), "addresses are links");
    }

    @Test
    void unknown_pages_get_a_404_page_and_bad_parameters_a_400_page(Site site) {
        for (String path : List.of("/posts/no-such-post", "/cities/atlantis", "/no/such/page", "/posts/NOT%20A%20SLUG",
                "/topics/atlantis", "/pages/atlantis", "/pages/NOT%20A%20SLUG")) {
            HttpResponse<String> page = site.get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
            assertTrue(page.body().contains("<h1>Page not found</h1>"), path);
        }
        HttpResponse<String> badPage = site.get("/?page=abc");
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.body().contains("Page must be a whole number"), badPage.body());
        assertEquals(400, site.get("/search?q=housing&language=ENGLISH").statusCode());
    }

    @Test
    void the_feeds_are_atom_and_the_sitemap_lists_the_posts(Site site) throws Exception {
        HttpResponse<String> feed = site.get("/feed.xml");
        assertEquals("application/atom+xml;charset=UTF-8", feed.headers().firstValue("Content-Type").orElseThrow());
        Document atom = xml(feed.body());
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertEquals(6, atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());

        Document comments = xml(site.get("/posts/happy-new-year-2021/comments/feed.xml").body());
        assertEquals(3, comments.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertFalse(site.get("/posts/happy-new-year-2021/comments/feed.xml").body().contains("@example."));

        Document sitemap = xml(site.get("/sitemap.xml").body());
        assertEquals(3 * (2 + 7 + 1 + 5) + (2 + 2) + (6 + 3) + (3 + 2 + 1),
                sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url").getLength(),
                "in each of the 3 languages home, cities, the 7 cities, the events and the 5 demo events; the 2 demo pages"
                        + " and About's 2 translations; the 6 published posts and the 3 translations; the 3 demo topics"
                        + " in English, 2 in French (its 2 posts' topics) and 1 in German");
        assertTrue(site.get("/sitemap.xml").body().contains("/pages/privacy-policy</loc>"));
        assertTrue(site.get("/robots.txt").body().contains("Sitemap: "));
        assertEquals(404, site.get("/posts/network-meeting-agenda/comments/feed.xml").statusCode(), "drafts have no feed");
    }

    @Test
    void a_topic_page_lists_its_posts_links_to_its_feed_and_the_post_page_links_to_its_topics(Site site) throws Exception {
        HttpResponse<String> page = site.get("/topics/housing");
        assertEquals("public, no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(page.headers().firstValue("ETag").isPresent());
        String html = page.body();
        assertTrue(html.contains("<h1>Housing</h1>"), html);
        assertTrue(html.contains("<strong>housing first</strong>"), "the description is rendered from Markdown");
        assertTrue(html.contains("href=\"/posts/housing-as-a-human-right-utrecht-and-vienna\""), html);
        assertTrue(html.contains("href=\"/posts/cities-meet-the-un-special-rapporteur-on-poverty\""), html);
        assertFalse(html.contains("href=\"/posts/happy-new-year-2021\""), "a post about another topic is not listed");
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Posts about Housing\" "
                + "href=\"/topics/housing/feed.xml\">"), html);
        assertEquals(304, site.get("/topics/housing", "If-None-Match", page.headers().firstValue("ETag").orElseThrow())
                .statusCode());

        String post = site.get("/posts/cities-meet-the-un-special-rapporteur-on-poverty").body();
        assertTrue(post.contains("Topics: <a href=\"/topics/housing\">Housing</a>, <a href=\"/topics/network-news\">"
                + "Network news</a>"), post);
    }

    @Test
    void a_page_shows_its_text_without_date_or_comments_and_the_menu_is_on_every_visitor_page(Site site) {
        HttpResponse<String> page = site.get("/pages/about-the-network");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<h1>About the network</h1>"), html);
        assertTrue(html.contains("<strong>European cities</strong>"), html);
        assertFalse(html.contains("<time") || html.contains("id=\"comments\""), "no date and no comments on a page");
        assertTrue(html.contains("<a href=\"/pages/about-the-network\" aria-current=\"page\">About the network</a>"), html);
        assertEquals(304, site.get("/pages/about-the-network", "If-None-Match",
                page.headers().firstValue("ETag").orElseThrow()).statusCode(), "stored and revalidated like other pages");

        for (String path : List.of("/", "/cities", "/topics/housing")) {
            String other = site.get(path).body();
            int about = other.indexOf("<li><a href=\"/pages/about-the-network\">About the network</a></li>");
            int privacy = other.indexOf("<li><a href=\"/pages/privacy-policy\">Privacy policy</a></li>");
            assertTrue(about > 0 && about < privacy, "the menu, in order, on " + path + ": " + other);
        }
    }

    @Test
    void a_draft_page_answers_404_until_it_is_published_and_then_joins_the_menu(Site site) {
        String editor = StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD);
        HttpResponse<String> created = site.post("/api/admin/pages", "application/json",
                "{\"title\":\"Contact\",\"body\":\"Write to us.\",\"menuPosition\":5}", "Authorization", editor);
        assertEquals(201, created.statusCode(), created.body());
        String id = Site.json(created).asJsonObject().getString("id");
        try {
            HttpResponse<String> draft = site.get("/pages/contact");
            assertEquals(404, draft.statusCode());
            assertTrue(draft.body().contains("<h1>Page not found</h1>"), draft.body());
            assertEquals(404, site.get("/api/pages/contact").statusCode());
            assertFalse(site.get("/").body().contains("/pages/contact"), "a draft is not in the menu");

            HttpResponse<String> published = site.send("POST", "/api/admin/pages/" + id + "/publish",
                    "Authorization", editor, "If-Match", created.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, published.statusCode(), published.body());
            assertEquals(200, site.get("/pages/contact").statusCode());
            assertTrue(site.get("/").body().contains("<li><a href=\"/pages/contact\">Contact</a></li>"),
                    "the stored home page was refreshed with the new menu");
        } finally {
            HttpResponse<String> current = site.get("/api/admin/pages/" + id, "Authorization", editor);
            site.send("DELETE", "/api/admin/pages/" + id, "Authorization", editor, "If-Match",
                    current.headers().firstValue("ETag").orElseThrow());
        }
        assertEquals(404, site.get("/pages/contact").statusCode());
        assertFalse(site.get("/").body().contains("/pages/contact"), "a deleted page leaves the menu");
    }

    @Test
    void a_page_translated_into_french_through_the_admin_api_is_read_at_its_french_address(Site site) {
        String editor = StaffClient.basic(StaffClient.EDITOR, StaffClient.PASSWORD);
        String original = Site.json(site.get("/api/admin/pages", "Authorization", editor)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(page -> page.getString("slug").equals("privacy-policy"))
                .findFirst().orElseThrow().getString("id");
        String french = "{\"language\":\"fr\",\"slug\":\"politique-de-confidentialite\",\"title\":\"Politique de confidentialité\","
                + "\"body\":\"Le réseau relie des **villes européennes**.\"}";
        HttpResponse<String> created = site.post("/api/admin/pages/" + original + "/translations", "application/json", french,
                "Authorization", editor);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = Site.json(created).asJsonObject();
        String id = draft.getString("id");
        try {
            assertEquals("fr", draft.getString("language"));
            assertEquals("/fr/pages/politique-de-confidentialite", draft.getString("url"));
            assertEquals("en", draft.getJsonArray("translations").getJsonObject(0).getString("language"));
            assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/pages/" + id));
            HttpResponse<String> again = site.post("/api/admin/pages/" + original + "/translations", "application/json",
                    french.replace("politique-de-confidentialite", "confidentialite"), "Authorization", editor);
            assertEquals(409, again.statusCode(), again.body());
            assertEquals("application/problem+json", again.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(404, site.get("/fr/pages/politique-de-confidentialite").statusCode(), "a draft");

            HttpResponse<String> published = site.send("POST", "/api/admin/pages/" + id + "/publish",
                    "Authorization", editor, "If-Match", created.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, published.statusCode(), published.body());

            HttpResponse<String> page = site.get("/fr/pages/politique-de-confidentialite");
            assertEquals(200, page.statusCode(), page.body());
            String html = page.body();
            assertTrue(html.contains("<html lang=\"fr\">"), html);
            assertTrue(html.contains("<h1>Politique de confidentialité</h1>"), html);
            assertTrue(html.contains("<strong>villes européennes</strong>"), html);
            assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + site.uri("/pages/privacy-policy") + "\">"), html);
            assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"" + site.uri("/fr/pages/politique-de-confidentialite") + "\">"), html);
            assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + site.uri("/pages/privacy-policy") + "\">"), html);
            assertTrue(html.contains("<a href=\"/de/\" lang=\"de\" hreflang=\"de\""), "no German page: its home " + html);
            assertTrue(site.get("/pages/privacy-policy").body().contains("<link rel=\"alternate\" hreflang=\"fr\" href=\""
                    + site.uri("/fr/pages/politique-de-confidentialite") + "\">"), "the stored English page now leads to the French one");

            HttpResponse<String> api = site.get("/api/pages/politique-de-confidentialite?lang=fr");
            assertEquals(200, api.statusCode(), api.body());
            JsonObject read = Site.json(api).asJsonObject();
            assertEquals("fr", read.getString("language"));
            assertEquals("/fr/pages/politique-de-confidentialite", read.getString("url"));
            JsonObject english = read.getJsonArray("translations").getJsonObject(0);
            assertEquals("en", english.getString("language"));
            assertEquals("privacy-policy", english.getString("slug"));
            assertEquals(site.uri("/pages/privacy-policy").toString(), english.getString("url"));
            assertEquals(404, site.get("/api/pages/politique-de-confidentialite").statusCode(), "not a page of the default language");
            HttpResponse<String> italian = site.get("/api/pages?lang=it");
            assertEquals(400, italian.statusCode(), italian.body());
            assertEquals("lang", Site.json(italian).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        } finally {
            HttpResponse<String> current = site.get("/api/admin/pages/" + id, "Authorization", editor);
            site.send("DELETE", "/api/admin/pages/" + id, "Authorization", editor, "If-Match",
                    current.headers().firstValue("ETag").orElseThrow());
        }
        assertEquals(404, site.get("/fr/pages/politique-de-confidentialite").statusCode());
        assertFalse(site.get("/pages/privacy-policy").body().contains("hreflang=\"fr\" href=\"" + site.uri("/fr/pages/")),
                "the deleted translation is no longer named");
    }

    @Test
    void the_feeds_of_a_topic_and_of_a_city_hold_their_posts(Site site) throws Exception {
        HttpResponse<String> topicFeed = site.get("/topics/housing/feed.xml");
        assertEquals("application/atom+xml;charset=UTF-8", topicFeed.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(2, xml(topicFeed.body()).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertTrue(topicFeed.body().contains("<title>Human Rights Cities Network: Housing</title>"), topicFeed.body());

        HttpResponse<String> cityFeed = site.get("/cities/vienna/feed.xml");
        assertEquals(200, cityFeed.statusCode(), cityFeed.body());
        Document vienna = xml(cityFeed.body());
        assertEquals(2, vienna.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertTrue(site.get("/cities/vienna").body().contains("href=\"/cities/vienna/feed.xml\""));
        assertEquals(404, site.get("/topics/atlantis/feed.xml").statusCode());
        assertEquals(404, site.get("/cities/atlantis/feed.xml").statusCode());
    }

    @Test
    void the_style_sheet_is_one_small_file_cached_for_a_year_under_a_versioned_address(Site site) {
        String home = site.get("/").body();
        int start = home.indexOf("/assets/site.css?v=");
        String href = home.substring(start, home.indexOf('"', start));
        HttpResponse<String> css = site.get(href);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=31536000"));
        assertTrue(css.body().length() < 12_000, "the style sheet is " + css.body().length() + " bytes");
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
