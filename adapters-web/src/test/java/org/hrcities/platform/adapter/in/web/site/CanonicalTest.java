package org.hrcities.platform.adapter.in.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CanonicalTest {

    private final UriInfo request = mock(UriInfo.class);

    @Test
    void a_page_is_named_by_the_site_s_address_and_its_path() {
        when(request.getBaseUri()).thenReturn(URI.create("https://news.example.org/"));
        assertEquals(URI.create("https://news.example.org/posts/a"), Canonical.of(request, "/posts/a"));
        assertEquals(URI.create("https://news.example.org/"), Canonical.of(request, "/"));
    }

    @Test
    void a_list_keeps_its_page_number_past_the_first_and_nothing_else() {
        when(request.getBaseUri()).thenReturn(URI.create("http://127.0.0.1:8080/"));
        assertEquals(URI.create("http://127.0.0.1:8080/cities/graz"),
                Canonical.of(request, "/cities/graz", new Pager(1, 3, null, "/cities/graz?page=2")));
        assertEquals(URI.create("http://127.0.0.1:8080/?page=3"), Canonical.of(request, "/", new Pager(3, 3, "/?page=2", null)));
    }
}
