package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The site in its three languages (the demo's {@code hrc.languages}, en,fr,de), on the running
 * application: each language's pages under its code, chosen by the address alone, with the interface,
 * {@code <html lang>}, alternates and switcher of that language.
 */
@ExtendWith(DemoSite.class)
class LanguagesIT {

    @Test
    void each_language_lives_under_its_code_and_the_address_alone_chooses_it(Site site) {
        HttpResponse<String> french = site.get("/fr/cities");
        assertEquals(200, french.statusCode(), french.body());
        assertTrue(french.body().contains("<html lang=\"fr\">"), french.body());
        assertTrue(french.body().contains(">Villes partenaires</a>"), "the navigation speaks French");
        assertTrue(french.body().contains("<link rel=\"alternate\" hreflang=\"de\" href=\"" + site.uri("/de/cities") + "\">"),
                french.body());
        assertTrue(french.body().contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + site.uri("/cities") + "\">"),
                french.body());
        assertTrue(french.body().contains("<link rel=\"canonical\" href=\"" + site.uri("/fr/cities") + "\">"),
                french.body());

        HttpResponse<String> german = site.get("/de/");
        assertEquals(200, german.statusCode());
        assertTrue(german.body().contains("<html lang=\"de\">"));
        assertTrue(german.body().contains("href=\"/de/events\""), "links stay in German");

        HttpResponse<String> asked = site.get("/", "Accept-Language", "de-AT,de;q=0.9,fr;q=0.5");
        assertEquals(200, asked.statusCode(), "a reader's Accept-Language never redirects");
        assertTrue(asked.body().contains("<html lang=\"en\">"));
    }

    @Test
    void other_forms_of_a_language_address_lead_to_its_one_address(Site site) {
        HttpResponse<String> noSlash = site.get("/fr?page=2");
        assertEquals(301, noSlash.statusCode());
        assertEquals(site.uri("/fr/?page=2").toString(), noSlash.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> defaultCode = site.get("/en/cities");
        assertEquals(301, defaultCode.statusCode());
        assertEquals(site.uri("/cities").toString(), defaultCode.headers().firstValue("Location").orElseThrow());

        for (String shared : new String[] {"/fr/api/posts", "/fr/admin", "/de/sitemap.xml", "/fr/assets/site.css"}) {
            HttpResponse<String> answer = site.get(shared);
            assertEquals(404, answer.statusCode(), shared);
            assertFalse(answer.body().contains("Exception"), shared);
        }
        assertEquals(404, site.get("/es/cities").statusCode(), "a language the site is not written in has no pages");

        HttpResponse<String> missing = site.get("/de/posts/no-such-post");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"de\">"), missing.body());
        assertTrue(missing.body().contains("href=\"/de/\""), "the error page leads to the German home");
    }

    /**
     * The demo's New Year post, written in English and translated into French and German: each
     * translation at its own address in its language, named by the others' hreflang and switcher, in
     * its language's feed, with its own comments, in the sitemap with its alternates, and in the API.
     */
    @Test
    void a_post_translated_into_french_and_german_shows_in_each_language(Site site) {
        String english = "/posts/happy-new-year-2021";
        String french = "/fr/posts/bonne-annee-2021";
        String german = "/de/posts/frohes-neues-jahr-2021";
        for (String path : new String[] {english, french, german}) {
            HttpResponse<String> page = site.get(path);
            assertEquals(200, page.statusCode(), path);
            for (String[] alternate : new String[][] {{"en", english}, {"fr", french}, {"de", german},
                    {"x-default", english}}) {
                assertTrue(page.body().contains("<link rel=\"alternate\" hreflang=\"" + alternate[0] + "\" href=\""
                        + site.uri(alternate[1]) + "\">"), path + " names " + alternate[0]);
            }
            assertTrue(page.body().contains("<a href=\"" + french + "\" lang=\"fr\" hreflang=\"fr\""), path);
            assertTrue(page.body().contains("<a href=\"" + german + "\" lang=\"de\" hreflang=\"de\""), path);
        }
        HttpResponse<String> frenchPage = site.get(french);
        assertTrue(frenchPage.body().contains("<html lang=\"fr\">"));
        assertTrue(frenchPage.body().contains("<h1>Bonne année 2021 !</h1>"), frenchPage.body());
        assertTrue(frenchPage.body().contains("Claire Martin"), "the French translation's own comment");
        assertFalse(frenchPage.body().contains("Karin Lindqvist"), "comments belong to the translation written on");
        assertTrue(frenchPage.body().contains("1 commentaire"), frenchPage.body());
        assertTrue(site.get(english).body().contains("Karin Lindqvist"));
        assertFalse(site.get(english).body().contains("Claire Martin"));
        assertEquals(404, site.get("/posts/bonne-annee-2021").statusCode(), "a French slug is no English address");

        HttpResponse<String> frenchFeed = site.get("/fr/feed.xml");
        assertEquals(200, frenchFeed.statusCode());
        assertTrue(frenchFeed.body().contains("xml:lang=\"fr\""), frenchFeed.body());
        assertTrue(frenchFeed.body().contains("<title>Bonne année 2021 !</title>"), frenchFeed.body());
        assertTrue(frenchFeed.body().contains(site.uri(french).toString()), frenchFeed.body());
        assertFalse(frenchFeed.body().contains("Happy New Year"), "only French posts in the French feed");
        HttpResponse<String> germanFeed = site.get("/de/feed.xml");
        assertTrue(germanFeed.body().contains("<title>Frohes neues Jahr 2021!</title>"), germanFeed.body());
        assertTrue(site.get("/feed.xml").body().contains("<title>Happy New Year 2021!</title>"));

        String sitemap = site.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<url><loc>" + site.uri(french) + "</loc>"), sitemap);
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"" + site.uri(german) + "\"/>"),
                sitemap);

        HttpResponse<String> api = site.get("/api/posts/frohes-neues-jahr-2021?lang=de");
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"language\":\"de\""), api.body());
        assertTrue(api.body().contains("\"url\":\"/api/posts/bonne-annee-2021?lang=fr\""), api.body());
        assertEquals(404, site.get("/api/posts/frohes-neues-jahr-2021").statusCode(), "without lang, English slugs");

        HttpResponse<String> vienna = site.get("/fr/cities/vienna");
        assertTrue(vienna.body().contains("<h1>Vienne</h1>"), vienna.body());
    }
}
