package org.hrcities.platform.adapter.in.web.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.junit.jupiter.api.Test;

class RepresentationsTest {

    private static final String PAGE = "<form><input name=served value=STAMP></form><p>" + "words ".repeat(300) + "</p>";
    private static final Conditions PLAIN = new Conditions(null, null, false);
    private static final Conditions GZIP = new Conditions(null, null, true);

    private final PageCache cache = new PageCache(new LocalRevisions());

    private Answer answer(Representation representation, Conditions conditions) {
        return cache.answer(representation, Set.of(), conditions);
    }

    private static Map<String, String> headers(Answer answer) {
        return answer.headers().stream().collect(Collectors.toMap(Header::name, Header::value));
    }

    private static Representation rendering(String stamp) {
        return Representation.withVaryingPart(PAGE.getBytes(StandardCharsets.UTF_8), "STAMP", stamp, "text/html;charset=UTF-8",
                true, Freshness.REVALIDATE);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_same_page_rendered_by_processes_with_different_placeholders_has_one_entity_tag() {
        Representation one = Representation.withVaryingPart(PAGE.replace("STAMP", "stamp-a").getBytes(StandardCharsets.UTF_8),
                "stamp-a", "1.x", "text/html;charset=UTF-8", true, Freshness.REVALIDATE);
        Representation other = Representation.withVaryingPart(PAGE.replace("STAMP", "stamp-b").getBytes(StandardCharsets.UTF_8),
                "stamp-b", "2.y", "text/html;charset=UTF-8", true, Freshness.REVALIDATE);
        assertEquals(headers(answer(one, PLAIN)).get("ETag"), headers(answer(other, PLAIN)).get("ETag"));
    }

    @Test
    void every_reader_of_a_rendering_gets_the_same_bytes_with_the_varying_part_filled_in() {
        Representation page = rendering("1700000000000.sig");

        Answer lea = answer(page, PLAIN);
        Answer max = answer(page, PLAIN);

        assertEquals(PAGE.replace("STAMP", "1700000000000.sig"), new String(lea.body(), StandardCharsets.UTF_8));
        assertArrayEquals(lea.body(), max.body());
        assertEquals(headers(lea), headers(max));
        assertEquals("public, no-cache", headers(lea).get("Cache-Control"));
    }

    @Test
    void two_renderings_differing_by_their_stamp_share_a_weak_etag_so_a_reader_revalidating_gets_304() {
        Answer first = answer(rendering("1700000000000.one"), PLAIN);
        String tag = headers(first).get("ETag");

        Answer again = answer(rendering("1700000001000.two"), new Conditions(tag, null, false));

        assertTrue(tag.startsWith("W/\""), tag);
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);
        assertEquals(tag, headers(again).get("ETag"));
        assertFalse(headers(again).containsKey("Content-Type"));
    }

    @Test
    void a_page_changed_apart_from_its_stamp_has_another_etag() {
        Representation changed = Representation.withVaryingPart((PAGE + "<p>a new comment</p>").getBytes(StandardCharsets.UTF_8),
                "STAMP", "1700000000000.one", "text/html", true, Freshness.REVALIDATE);

        assertNotEquals(headers(answer(rendering("1700000000000.one"), PLAIN)).get("ETag"), headers(answer(changed, PLAIN)).get("ETag"));
    }

    @Test
    void a_representation_is_gzipped_for_clients_that_take_it_and_has_its_own_etag_then() throws IOException {
        Representation list = Representation.of(PAGE.getBytes(StandardCharsets.UTF_8), "application/json", true, Freshness.MINUTE);

        Answer plain = answer(list, PLAIN);
        Answer zipped = answer(list, GZIP);

        assertEquals("gzip", headers(zipped).get("Content-Encoding"));
        assertEquals(headers(plain).get("ETag").replace("\"", ""), headers(zipped).get("ETag").replace("-gzip\"", "").replace("\"", ""));
        assertArrayEquals(plain.body(), gunzip(zipped.body()));
        assertEquals("public, max-age=60", headers(plain).get("Cache-Control"));
        assertEquals(304, answer(list, new Conditions(headers(zipped).get("ETag"), null, false)).status());
    }

    @Test
    void a_page_with_a_stamp_is_gzipped_whole_and_its_gzip_etag_is_weak_too() throws IOException {
        Representation page = rendering("1700000000000.sig");

        Answer zipped = answer(page, GZIP);

        assertArrayEquals(page.body(), gunzip(zipped.body()));
        assertTrue(headers(zipped).get("ETag").matches("W/\"[0-9a-f]{32}-gzip\""), headers(zipped).get("ETag"));
        assertEquals(304, answer(rendering("1700000009999.new"), new Conditions(headers(zipped).get("ETag"), null, true)).status());
    }

    @Test
    void a_short_answer_is_not_compressed() {
        Answer answer = answer(Representation.of("[1]".getBytes(StandardCharsets.UTF_8), "application/json", true,
                Freshness.MINUTE), GZIP);

        assertFalse(headers(answer).containsKey("Content-Encoding"));
        assertEquals("[1]", new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void a_file_under_a_versioned_address_is_cached_for_a_year_without_revalidation() {
        Answer answer = answer(Representation.of("body{}".getBytes(StandardCharsets.UTF_8), "text/css", true,
                Freshness.IMMUTABLE), PLAIN);

        assertEquals("public, max-age=31536000, immutable", headers(answer).get("Cache-Control"));
    }

    @Test
    void if_modified_since_the_first_serving_gets_304_and_an_older_date_gets_the_bytes() {
        Representation list = Representation.of("[1]".getBytes(StandardCharsets.UTF_8), "application/json", true, Freshness.MINUTE);
        String lastModified = headers(answer(list, PLAIN)).get("Last-Modified");

        assertEquals(304, answer(list, new Conditions(null, lastModified, false)).status());
        assertEquals(200, answer(list, new Conditions(null, "Mon, 01 Jan 2001 00:00:00 GMT", false)).status());
        assertEquals(200, answer(list, new Conditions(null, "not a date", false)).status());
    }

    @Test
    void gzip_is_taken_unless_refused_with_q_zero() {
        assertTrue(Representations.acceptsGzip(List.of("gzip, deflate, br")));
        assertTrue(Representations.acceptsGzip(List.of("br;q=1.0, GZIP;q=0.5")));
        assertFalse(Representations.acceptsGzip(List.of("gzip;q=0")));
        assertFalse(Representations.acceptsGzip(List.of("identity")));
        assertFalse(Representations.acceptsGzip(null));
    }
}
