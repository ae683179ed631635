package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestOutcomeFilterTest {

    private static String counted(String path, int status) {
        int index = RequestOutcomeFilter.index(path, status);
        int outcomes = RequestOutcomeFilter.OUTCOMES.size();
        return RequestOutcomeFilter.SURFACES.get(index / outcomes) + " " + RequestOutcomeFilter.OUTCOMES.get(index % outcomes);
    }

    @Test
    void a_request_counts_under_its_surface_by_its_path() {
        assertEquals("site 2xx", counted("/", 200));
        assertEquals("site 2xx", counted("/posts/a-post", 200));
        assertEquals("site 2xx", counted("/assets/site.css", 200));
        assertEquals("site 2xx", counted("/feed.xml", 200));
        assertEquals("site 2xx", counted("/apis", 200), "only what is under /api/ is the API");
        assertEquals("api 2xx", counted("/api/posts", 200));
        assertEquals("api 2xx", counted("/api", 200));
        assertEquals("admin 2xx", counted("/api/admin/comments", 200));
        assertEquals("admin 2xx", counted("/admin", 200));
        assertEquals("admin 2xx", counted("/admin/comments/1", 200));
        assertEquals("site 2xx", counted(null, 200));
    }

    @Test
    void a_request_counts_under_the_class_of_its_status() {
        assertEquals("site 2xx", counted("/", 204));
        assertEquals("site 2xx", counted("/", 101), "no final answer is 1xx; counted with the successes");
        assertEquals("site 3xx", counted("/", 303));
        assertEquals("site 3xx", counted("/", 304));
        assertEquals("api 4xx", counted("/api/posts/x", 404));
        assertEquals("api 4xx", counted("/api/posts/x/comments", 429));
        assertEquals("api 5xx", counted("/api/posts", 503));
        assertEquals("admin 5xx", counted("/admin", 500));
        assertEquals("admin 5xx", counted("/admin", 599));
    }

    @Test
    void every_surface_and_outcome_has_a_counter_of_its_own() {
        Set<Integer> seen = new HashSet<>();
        for (String path : new String[] {"/", "/api/posts", "/admin"}) {
            for (int status : new int[] {200, 301, 404, 500}) {
                seen.add(RequestOutcomeFilter.index(path, status));
            }
        }
        assertEquals(RequestOutcomeFilter.SURFACES.size() * RequestOutcomeFilter.OUTCOMES.size(), seen.size());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), seen);
    }
}
