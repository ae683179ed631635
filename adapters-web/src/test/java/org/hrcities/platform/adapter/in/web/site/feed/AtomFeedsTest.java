package org.hrcities.platform.adapter.in.web.site.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.Test;

class AtomFeedsTest {

    @Test
    void a_feed_says_its_language_as_atom_does_and_links_under_its_language() {
        UriInfo uri = mock(UriInfo.class);
        when(uri.getBaseUri()).thenReturn(URI.create("https://news.example.org/fr/"));

        Representation feed = (Representation) AtomFeeds.posts(uri, Language.parse("fr"), "Actualités", "", "feed.xml",
                List.of(PostFixtures.aPublishedPost("bonne-annee", Instant.parse("2021-01-05T09:00:00Z")))).getEntity();

        String xml = new String(feed.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\"")
                || xml.matches("(?s).*<feed [^>]*xml:lang=\"fr\".*"), xml);
        assertTrue(xml.contains("href=\"https://news.example.org/fr/posts/bonne-annee\""), xml);
        assertTrue(xml.contains("href=\"https://news.example.org/fr/feed.xml\""), xml);
    }
}
