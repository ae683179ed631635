package org.hrcities.platform.adapter.in.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void a_configured_origin_is_the_base() {
        assertEquals(Optional.of(URI.create("https://news.example.org/")), SiteAddress.of("https://News.Example.org").base());
        assertEquals(Optional.of(URI.create("https://news.example.org/")), SiteAddress.of(" https://news.example.org/ ").base());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:9090/")), SiteAddress.of("http://127.0.0.1:9090").base());
    }

    @Test
    void blank_is_unset() {
        assertEquals(Optional.empty(), SiteAddress.of("").base());
        assertEquals(Optional.empty(), SiteAddress.of(null).base());
    }

    @Test
    void anything_but_an_http_origin_is_refused_with_the_reason() {
        for (String wrong : new String[] {"news.example.org", "ftp://news.example.org", "https://news.example.org/news",
                "https://user:secret@news.example.org", "https://news.example.org/?a=b", "https://news.example.org/#top",
                "https://", "not a url"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SiteAddress.of(wrong),
                    wrong);
            assertEquals(true, refused.getMessage().startsWith("hrc.site.url "), refused.getMessage());
        }
    }
}
