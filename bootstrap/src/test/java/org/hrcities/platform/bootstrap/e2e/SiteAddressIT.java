package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code hrc.site.url} set, every absolute URL the site prints starts with it, never with a
 * {@code Host} header a request made up. Unset, the site names itself by the address each request used,
 * and an answer made for a forged host never reaches another visitor from the rendered-page store.
 */
@ExtendWith(DemoSite.class)
class SiteAddressIT {

    private static final String FORGED = "evil.example";
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s\"'<>]+");

    @TempDir
    Path directory;

    @Test
    void with_hrc_site_url_feeds_sitemap_links_and_redirects_name_it_whatever_the_host_header_says() {
        try (Site site = Site.start("site-address", directory, Map.of("HRC_SITE_URL", "https://news.example.org"))) {
            assertOnlyOwnAddress(site, "https://news.example.org/");
        }
    }

    @Test
    void unset_an_answer_made_for_a_forged_host_is_never_handed_to_another_visitor(Site site) {
        String path = "/feed.xml";
        assertTrue(get(site, path, FORGED).body().contains("http://" + FORGED + "/posts/"),
                "unset, the feed names the address the request used");
        RawHttp.Answer visitor = get(site, path, site.uri("/").getAuthority());
        assertFalse(visitor.body().contains(FORGED), "the store kept the forged answer apart:\n" + visitor.body());
        assertTrue(visitor.body().contains("http://" + site.uri("/").getAuthority() + "/posts/"), visitor.body());
    }

    private static void assertOnlyOwnAddress(Site site, String own) {
        String requested = "//" + site.uri("/").getAuthority();
        List<String> printed = new ArrayList<>();
        for (String path : List.of("/feed.xml", "/posts/happy-new-year-2021/comments/feed.xml", "/sitemap.xml",
                "/robots.txt", "/api/posts?per_page=1", "/admin/posts", "/", "/posts/happy-new-year-2021?comment=received")) {
            // first with the forged host (a store that kept it would hand it on), then as a visitor
            for (String host : List.of(FORGED, site.uri("/").getAuthority())) {
                RawHttp.Answer answer = get(site, path, host);
                assertTrue(answer.status() < 400, path + " answered " + answer.status());
                String text = answer.head() + "\n" + answer.body();
                assertFalse(text.contains(FORGED), path + " printed the forged host:\n" + text);
                if (!own.contains(requested)) {
                    assertFalse(text.contains(requested), path + " printed the address the request named:\n" + text);
                }
                Matcher urls = ABSOLUTE.matcher(text);
                while (urls.find()) {
                    printed.add(urls.group());
                }
            }
        }
        List<String> ours = printed.stream().filter(url -> url.startsWith(own)).toList();
        assertTrue(ours.stream().anyMatch(url -> url.startsWith(own + "posts/")), "feeds name posts: " + printed);
        assertTrue(ours.stream().anyMatch(url -> url.startsWith(own + "api/posts?")), "the Link header: " + printed);
        assertTrue(ours.stream().anyMatch(url -> url.startsWith(own + "admin/sign-in")), "the redirect: " + printed);
        assertTrue(ours.contains(own + "posts/happy-new-year-2021"), "the post page's canonical link: " + printed);
    }

    /** A GET over a plain socket, so that the Host header can say anything. */
    private static RawHttp.Answer get(Site site, String path, String host) {
        return RawHttp.exchange(site, "GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: */*\r\n\r\n");
    }
}
