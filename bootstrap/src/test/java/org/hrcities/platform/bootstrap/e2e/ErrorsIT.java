package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error of the running site is problem+json: no container error page, no stack trace. */
@ExtendWith(DemoSite.class)
class ErrorsIT {

    @Test
    void an_unknown_address_gets_a_404_problem(Site site) {
        HttpResponse<String> response = site.get("/api/no-such-thing");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void a_wrong_method_gets_405_with_allow(Site site) {
        HttpResponse<String> response = site.send("DELETE", "/api/posts");
        assertEquals(405, response.statusCode());
        assertTrue(response.headers().firstValue("Allow").orElseThrow().contains("GET"));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void an_unservable_accept_header_gets_406(Site site) {
        HttpResponse<String> response = site.get("/api/posts", "Accept", "application/xml");
        assertEquals(406, response.statusCode());
    }

    @Test
    void responses_carry_the_security_headers_and_no_stack_trace(Site site) {
        for (String path : List.of("/api/posts", "/api/posts/NOPE", "/api/posts?page=x")) {
            HttpResponse<String> response = site.get(path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("at org."), response.body());
        }
    }
}
