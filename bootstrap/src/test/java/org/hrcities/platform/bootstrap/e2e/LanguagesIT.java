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
}
