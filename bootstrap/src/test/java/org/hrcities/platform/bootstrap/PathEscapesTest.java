package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.hrcities.platform.adapter.in.web.filter.RequestLimitsFilter;
import org.junit.jupiter.api.Test;

class PathEscapesTest {

    @Test
    void a_percent_without_two_hexadecimal_digits_is_malformed_and_its_place_named() {
        for (String path : List.of("/api/%ZZ", "/posts/%ZZ", "/api/posts/%", "/api/posts/a%2", "/%g0", "/a%%41", "/x/%4")) {
            String problem = PathEscapes.problem(path);
            assertTrue(problem != null && problem.contains("not followed by two hexadecimal digits"), path + ": " + problem);
        }
        assertTrue(PathEscapes.problem("/api/%ZZ").endsWith("(character 6)"), PathEscapes.problem("/api/%ZZ"));
    }

    @Test
    void escapes_that_are_not_utf_8_or_encode_nul_or_a_backslash_are_named() {
        assertEquals("the path's %-escapes do not encode UTF-8 text", PathEscapes.problem("/posts/%C3%28"));
        assertEquals("the path's %-escapes do not encode UTF-8 text", PathEscapes.problem("/posts/%FF%FE"));
        assertEquals("the path encodes a NUL character (%00)", PathEscapes.problem("/api/posts/%00"));
        assertEquals("the path holds a backslash", PathEscapes.problem("/api/posts/%5C"));
    }

    @Test
    void encoded_dot_segments_are_refused_only_when_they_climb_above_the_root() {
        assertEquals("the path's \"..\" segments climb above the root", PathEscapes.problem("/posts/..%2F..%2Fetc%2Fpasswd"));
        assertEquals("the path's \"..\" segments climb above the root", PathEscapes.problem("/%2e%2e/x"));
        assertNull(PathEscapes.problem("/api/posts/..%2F..%2Fetc%2Fpasswd/comments"), "stays below the root");
        assertNull(PathEscapes.problem("/posts/%2e%2e"));
        assertNull(PathEscapes.problem("/posts/a%2F.%2F..%2F"));
    }

    @Test
    void well_formed_escapes_and_paths_without_escapes_are_right() {
        for (String path : List.of("/", "/posts/housing", "/posts/%F0%9F%98%80", "/api/posts/a%2Fb", "/posts/%3Cscript%3E",
                "/posts/%0d%0aX-Injected:%201", "/posts/caf%C3%A9", "/a/../b", "/..", "/a\\b")) {
            assertNull(PathEscapes.problem(path), path);
        }
    }

    @Test
    void the_literal_path_writes_every_percent_as_an_escape() {
        assertEquals("/api/%25ZZ", new String(PathEscapes.literal("/api/%ZZ"), StandardCharsets.ISO_8859_1));
        assertEquals("/p/%25C3%2528%25", new String(PathEscapes.literal("/p/%C3%28%"), StandardCharsets.ISO_8859_1));
    }

    @Test
    void the_check_marks_a_malformed_request_and_makes_its_path_decodable() throws Exception {
        HttpRequestPacket malformed = HttpRequestPacket.builder().method("GET").uri("/api/posts/%ZZ").protocol("HTTP/1.1").build();
        MalformedPathCheck.check(malformed);
        assertEquals("/api/posts/%25ZZ", malformed.getRequestURI());
        assertEquals("/api/posts/%ZZ", malformed.getRequestURIRef().getDecodedURI());
        assertEquals(PathEscapes.problem("/api/posts/%ZZ"), malformed.getAttribute(RequestLimitsFilter.MALFORMED_PATH));

        HttpRequestPacket right = HttpRequestPacket.builder().method("GET").uri("/posts/caf%C3%A9").protocol("HTTP/1.1").build();
        MalformedPathCheck.check(right);
        assertEquals("/posts/caf%C3%A9", right.getRequestURI());
        assertNull(right.getAttribute(RequestLimitsFilter.MALFORMED_PATH));
    }
}
