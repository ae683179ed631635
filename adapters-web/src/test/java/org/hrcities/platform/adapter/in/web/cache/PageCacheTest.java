package org.hrcities.platform.adapter.in.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.cache.PageCache.Offer;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations.Header;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final long NOW = 1_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final LocalRevisions revisions = new LocalRevisions();
    private final PageCache cache = new PageCache(revisions);

    private static Offer page(String text, Change... dependsOn) {
        return new Offer(Representation.of(text.getBytes(StandardCharsets.UTF_8), "text/html", true, Freshness.REVALIDATE),
                Set.of(dependsOn));
    }

    private void store(String key, Offer offer) {
        cache.store(key, offer, List.of(new Header("X-Total-Count", "6")), cache.revisions(), NOW);
    }

    @Test
    void a_stored_page_is_used_until_a_request_changes_what_it_shows() {
        store("/", page("home"));

        PageCache.Entry entry = cache.current("/", NOW + 1);
        assertNotNull(entry);
        assertEquals(List.of(new Header("X-Total-Count", "6")), entry.headers());

        cache.changed(Set.of(Change.CONTENT));

        assertNull(cache.current("/", NOW + 2), "out of date once the content changed");
        assertNull(cache.current("/", NOW + 3), "and gone");
    }

    @Test
    void a_comment_held_for_moderation_makes_only_the_pages_counting_arrivals_out_of_date() {
        store("/", page("home"));
        store("/transparency", page("counts", Change.ARRIVALS));

        cache.changed(Set.of(Change.ARRIVALS));

        assertNotNull(cache.current("/", NOW + 1), "the home page does not count comments received");
        assertNull(cache.current("/transparency", NOW + 1));
    }

    @Test
    void a_change_of_the_content_makes_the_pages_counting_arrivals_out_of_date_too() {
        store("/transparency", page("counts", Change.ARRIVALS));

        cache.changed(Set.of(Change.CONTENT));

        assertNull(cache.current("/transparency", NOW + 1));
    }

    @Test
    void an_answer_made_while_a_change_happened_is_not_stored() {
        long[] before = cache.revisions();
        cache.changed(Set.of(Change.CONTENT));

        cache.store("/", page("made from what was read before the change"), List.of(), before, NOW);

        assertNull(cache.current("/", NOW + 1));
    }

    @Test
    void a_page_older_than_a_second_is_made_again_by_one_reader_while_the_others_keep_the_stored_one() {
        store("/", page("home"));
        PageCache.Entry stored = cache.current("/", NOW);

        assertNull(cache.current("/", NOW + 2 * SECOND), "the first reader after a second renders it again");
        assertSame(stored, cache.current("/", NOW + 2 * SECOND), "the others meanwhile get the stored one");
        assertNull(cache.current("/", NOW + 6 * SECOND), "past five seconds it is not used at all");
    }

    @Test
    void the_stored_pages_are_bounded_by_the_bytes_they_hold_not_by_their_number() {
        PageCache small = new PageCache(revisions, 256 * 1024);
        String tenKilobytes = "x".repeat(10 * 1024);
        for (int i = 0; i < 100; i++) {
            small.store("/search?q=" + i, page(i + tenKilobytes), List.of(), small.revisions(), NOW);
        }

        assertTrue(small.storedBytes() <= 256 * 1024, small.storedBytes() + " bytes stored");
        assertTrue(small.storedAnswers() < 100 && small.storedAnswers() >= 10, small.storedAnswers() + " answers stored");

        PageCache large = new PageCache(revisions, 64L * 1024 * 1024);
        for (int i = 0; i < 2_000; i++) {
            large.store("/search?q=" + i, page(Integer.toString(i)), List.of(), large.revisions(), NOW);
        }
        assertEquals(2_000, large.storedAnswers(), "small pages are not limited by their number");
    }

    @Test
    void every_read_is_told_as_a_hit_or_a_miss_and_every_eviction_for_the_budget_is_told() {
        int[] told = new int[3];
        PageStoreEvents events = new PageStoreEvents() {
            @Override
            public void hit() {
                told[0]++;
            }

            @Override
            public void miss() {
                told[1]++;
            }

            @Override
            public void evicted() {
                told[2]++;
            }
        };
        PageCache counted = new PageCache(revisions, events, 256 * 1024);

        assertNull(counted.current("/", NOW));
        counted.store("/", page("home"), List.of(), counted.revisions(), NOW);
        assertNotNull(counted.current("/", NOW + 1));
        assertNotNull(counted.current("/", NOW + 2));
        counted.changed(Set.of(Change.CONTENT));
        assertNull(counted.current("/", NOW + 3), "out of date: a miss");
        assertEquals(2, told[0], "hits");
        assertEquals(2, told[1], "misses");
        assertEquals(0, told[2], "nothing evicted yet");

        String tenKilobytes = "x".repeat(10 * 1024);
        for (int i = 0; i < 100; i++) {
            counted.store("/search?q=" + i, page(i + tenKilobytes), List.of(), counted.revisions(), NOW);
        }
        assertEquals(100 - counted.storedAnswers(), told[2], "each answer dropped for the budget is told");
    }

    @Test
    void a_stored_page_weighs_its_body_its_compressed_form_its_headers_and_its_key() {
        byte[] body = ("<p>" + "words ".repeat(2_000) + "</p>").getBytes(StandardCharsets.UTF_8);
        Representation representation = Representation.of(body, "text/html", true, Freshness.REVALIDATE);
        store("/long", new Offer(representation, Set.of()));

        long weight = cache.storedBytes();

        assertTrue(weight > body.length + representation.gzipped().length, weight + " bytes");
        assertTrue(weight < body.length + representation.gzipped().length + 1_024, weight + " bytes");
    }

    @Test
    void last_modified_is_when_what_the_page_shows_last_changed_the_same_for_any_bytes() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00.700Z"));
        LocalRevisions timed = new LocalRevisions(clock);
        PageCache cache = new PageCache(timed);
        Representations.Conditions plain = new Representations.Conditions(null, null, false);
        assertEquals("Tue, 01 Dec 2026 10:00:00 GMT", header(cache.answer(json("[1]"), Set.of(), plain)),
                "before any change: when the site started");

        clock.now = clock.now.plusSeconds(90);
        timed.advance(Set.of(Change.ARRIVALS));
        assertEquals("Tue, 01 Dec 2026 10:00:00 GMT", header(cache.answer(json("[1]"), Set.of(), plain)),
                "a held comment changes no page that shows only content");
        assertEquals("Tue, 01 Dec 2026 10:01:30 GMT", header(cache.answer(json("[1]"), Set.of(Change.ARRIVALS), plain)));

        clock.now = clock.now.plusSeconds(30);
        timed.advance(Set.of(Change.CONTENT));
        assertEquals("Tue, 01 Dec 2026 10:02:00 GMT", header(cache.answer(json("[1,2]"), Set.of(), plain)));
        assertEquals(304, cache.answer(json("[1,2]"), Set.of(),
                new Representations.Conditions(null, "Tue, 01 Dec 2026 10:02:00 GMT", false)).status());
        assertEquals(200, cache.answer(json("[1,2]"), Set.of(),
                new Representations.Conditions(null, "Tue, 01 Dec 2026 10:01:59 GMT", false)).status());
    }

    private static Representation json(String text) {
        return Representation.of(text.getBytes(StandardCharsets.UTF_8), "application/json", true, Freshness.MINUTE);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static String header(Representations.Answer answer) {
        return answer.headers().stream().filter(h -> h.name().equals("Last-Modified")).findFirst().orElseThrow().value();
    }
}
