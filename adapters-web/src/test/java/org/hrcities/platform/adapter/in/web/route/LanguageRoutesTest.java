package org.hrcities.platform.adapter.in.web.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.junit.jupiter.api.Test;

class LanguageRoutesTest {

    private final LanguageRoutes routes = new LanguageRoutes(SiteLanguages.parse("en,fr,de"));

    @Test
    void puts_the_default_language_at_the_root_and_every_other_under_its_code() {
        assertEquals("/posts/a", routes.path(Language.parse("en"), "/posts/a"));
        assertEquals("/fr/posts/a", routes.path(Language.parse("fr"), "/posts/a"));
        assertEquals("/de/", routes.path(Language.parse("de"), "/"));
    }

    @Test
    void reads_the_language_from_the_end_of_the_base_address() {
        assertEquals(Language.parse("fr"), routes.of(URI.create("https://news.example.org/fr/")));
        assertEquals(Language.parse("en"), routes.of(URI.create("https://news.example.org/")));
        assertEquals(Language.parse("en"), routes.of(URI.create("https://news.example.org/es/")));
        assertEquals(Language.parse("en"), routes.of(URI.create("https://news.example.org/en/")));
    }
}
