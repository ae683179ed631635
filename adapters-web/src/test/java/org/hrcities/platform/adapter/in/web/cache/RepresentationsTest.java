package org.hrcities.platform.adapter.in.web.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.hrcities.platform.adapter.in.web.cache.Representations.Answer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Conditions;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.junit.jupiter.api.Test;

class RepresentationsTest {

    private static final String PAGE = "<form><input name=token value=TOKEN><input name=served value=STAMP></form>"
            + "<p>" + "words ".repeat(300) + "</p><input value=TOKEN>";

    private final PageCache cache = new PageCache(new LocalRevisions());

    private Answer answer(Representation representation, Conditions conditions) {
        return cache.answer(representation, conditions);
    }

    private static Map<String, String> headers(Answer answer) {
        return answer.headers().stream().collect(Collectors.toMap(Header::name, Header::value));
    }

    @Test
    void a_page_per_visitor_gets_the_visitors_token_and_stamp_in_every_place_and_an_etag_per_token() {
        Representation page = Representation.perVisitor(PAGE.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8",
                Freshness.REVALIDATE, "TOKEN", "STAMP");

        Answer lea = answer(page, new Conditions(null, null, false, "lea-token", "123.abc"));
        Answer max = answer(page, new Conditions(null, null, false, "max-token", "124.abd"));

        assertEquals(PAGE.replace("TOKEN", "lea-token").replace("STAMP", "123.abc"), new String(lea.body(), StandardCharsets.UTF_8));
        assertEquals(PAGE.replace("TOKEN", "max-token").replace("STAMP", "124.abd"), new String(max.body(), StandardCharsets.UTF_8));
        assertNotEquals(headers(lea).get("ETag"), headers(max).get("ETag"));
        assertEquals("private, no-cache", headers(lea).get("Cache-Control"));
    }

    @Test
    void the_etag_ignores_the_stamp_so_a_visitor_revalidating_gets_304_without_a_body() {
        Representation page = Representation.perVisitor(PAGE.getBytes(StandardCharsets.UTF_8), "text/html", Freshness.REVALIDATE,
                "TOKEN", "STAMP");
        String tag = headers(answer(page, new Conditions(null, null, false, "lea", "1.a"))).get("ETag");

        Answer again = answer(page, new Conditions(tag, null, false, "lea", "2.b"));

        assertEquals(304, again.status());
        assertEquals(0, again.body().length);
        assertEquals(tag, headers(again).get("ETag"));
        assertTrue(!headers(again).containsKey("Content-Type"));
    }

    @Test
    void a_shared_representation_is_gzipped_for_clients_that_take_it_and_has_its_own_etag_then() throws IOException {
        Representation list = Representation.of(PAGE.getBytes(StandardCharsets.UTF_8), "application/json", true, Freshness.MINUTE);

        Answer plain = answer(list, new Conditions(null, null, false, null, null));
        Answer zipped = answer(list, new Conditions(null, null, true, null, null));

        assertEquals("gzip", headers(zipped).get("Content-Encoding"));
        assertEquals(headers(plain).get("ETag").replace("\"", "") , headers(zipped).get("ETag").replace("-gzip\"", "").replace("\"", ""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertEquals("public, max-age=60", headers(plain).get("Cache-Control"));
        assertEquals(304, answer(list, new Conditions(headers(zipped).get("ETag"), null, false, null, null)).status());
    }

    @Test
    void a_page_per_visitor_gzipped_from_its_pieces_unzips_to_the_visitors_page() throws IOException {
        StringBuilder text = new StringBuilder("TOKENSTAMP<form>");
        for (int i = 0; i < 2_000; i++) {
            text.append("<p>comment ").append(i).append(" ").append(Integer.toHexString(i * 7919)).append("</p>");
        }
        text.append("<input value=TOKEN><input value=STAMP>TOKEN");
        Representation page = Representation.perVisitor(text.toString().getBytes(StandardCharsets.UTF_8), "text/html",
                Freshness.REVALIDATE, "TOKEN", "STAMP");

        for (String token : new String[] {"lea-token", "", "x".repeat(300)}) {
            Answer plain = answer(page, new Conditions(null, null, false, token, "1700000000000.sig"));
            Answer zipped = answer(page, new Conditions(null, null, true, token, "1700000000000.sig"));

            assertEquals("gzip", headers(zipped).get("Content-Encoding"));
            assertTrue(zipped.body().length < plain.body().length / 2, "compressed");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertArrayEquals(plain.body(), in.readAllBytes(), "token of " + token.length() + " characters");
            }
        }
    }

    @Test
    void if_modified_since_the_first_serving_gets_304_and_an_older_date_gets_the_bytes() {
        Representation list = Representation.of("[1]".getBytes(StandardCharsets.UTF_8), "application/json", true, Freshness.MINUTE);
        String lastModified = headers(answer(list, new Conditions(null, null, false, null, null))).get("Last-Modified");

        assertEquals(304, answer(list, new Conditions(null, lastModified, false, null, null)).status());
        assertEquals(200, answer(list, new Conditions(null, "Mon, 01 Jan 2001 00:00:00 GMT", false, null, null)).status());
        assertEquals(200, answer(list, new Conditions(null, "not a date", false, null, null)).status());
    }
}
