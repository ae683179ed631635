package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.address;
import static org.hrcities.platform.bootstrap.e2e.Moderation.assertNoPersonalData;
import static org.hrcities.platform.bootstrap.e2e.Moderation.email;
import static org.hrcities.platform.bootstrap.e2e.Moderation.find;
import static org.hrcities.platform.bootstrap.e2e.Moderation.submit;
import static org.hrcities.platform.bootstrap.e2e.Moderation.text;
import static org.hrcities.platform.bootstrap.e2e.Moderation.withSettings;
import static org.hrcities.platform.bootstrap.e2e.Moderation.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The site's figures at {@code /metrics?scope=application} (Payara Micro's MicroProfile Metrics, in
 * Prometheus' text format) on the running demo site: each is read before and after the event it counts,
 * and must have moved by it.
 */
@ExtendWith(DemoSite.class)
class MetricsIT {

    private static final String POST = Moderation.POST;
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern SELECTION = Pattern.compile("name=\"comment\" value=\"([^\"]+)\"");

    /** One scrape: each sample by its name and its labels other than mp_scope, such as {@code hrc_requests_total{outcome=2xx,surface=site}}. */
    private record Scrape(Map<String, Double> samples) {

        double get(String name, String... labels) {
            Map<String, String> wanted = new TreeMap<>();
            for (int i = 0; i + 1 < labels.length; i += 2) {
                wanted.put(labels[i], labels[i + 1]);
            }
            String key = name + wanted;
            Double value = samples.get(key);
            if (value == null) {
                throw new AssertionError("no sample " + key + " in " + samples.keySet());
            }
            return value;
        }

        double delta(Scrape before, String name, String... labels) {
            return get(name, labels) - before.get(name, labels);
        }
    }

    private static Scrape scrape(Site site) {
        HttpResponse<String> response = site.get("/metrics?scope=application");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line.strip());
            assertTrue(sample.matches(), "a Prometheus sample: " + line);
            Map<String, String> labels = new TreeMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    if (!label.group(1).equals("mp_scope")) {
                        labels.put(label.group(1), label.group(2));
                    }
                }
            }
            samples.put(sample.group(1) + labels, Double.parseDouble(sample.group(3)));
        }
        return new Scrape(samples);
    }

    /** Scrapes until the moderation queue's length (kept for up to a second) satisfies {@code wanted}. */
    private static double queueUntil(Site site, DoublePredicate wanted, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double length = scrape(site).get("hrc_moderation_queue");
        while (!wanted.test(length) && System.nanoTime() < deadline) {
            sleep(200);
            length = scrape(site).get("hrc_moderation_queue");
        }
        assertTrue(wanted.test(length), what + ": the queue is " + length);
        return length;
    }

    @Test
    void a_page_read_twice_is_a_miss_then_a_hit_and_each_answer_counts_by_surface_and_status(Site site) {
        String page = "/posts/" + POST + "?metrics=" + UUID.randomUUID();
        Scrape before = scrape(site);

        assertEquals(200, site.get(page).statusCode());
        Scrape afterMiss = scrape(site);
        assertEquals(200, site.get(page).statusCode());
        Scrape afterHit = scrape(site);

        assertEquals(1, afterMiss.delta(before, "hrc_page_store_reads_total", "result", "miss"), "made by the resource");
        assertEquals(0, afterMiss.delta(before, "hrc_page_store_reads_total", "result", "hit"));
        assertEquals(1, afterHit.delta(afterMiss, "hrc_page_store_reads_total", "result", "hit"), "answered from the store");
        assertEquals(0, afterHit.delta(afterMiss, "hrc_page_store_reads_total", "result", "miss"));
        assertEquals(2, afterHit.delta(before, "hrc_requests_total", "surface", "site", "outcome", "2xx"),
                "both answers count, the store's too; the scrapes themselves do not");
        assertTrue(afterHit.get("hrc_page_store_answers") >= 1);
        assertTrue(afterHit.get("hrc_page_store_size_bytes") > 0);
        assertTrue(afterHit.get("hrc_page_store_evictions_total") >= 0);

        assertEquals(404, site.get("/posts/no-such-post-" + UUID.randomUUID()).statusCode());
        assertEquals(404, site.get("/api/posts/no-such-post-" + UUID.randomUUID()).statusCode());
        assertEquals(401, site.get("/api/admin/comments").statusCode());
        Scrape afterRefusals = scrape(site);
        assertEquals(1, afterRefusals.delta(afterHit, "hrc_requests_total", "surface", "site", "outcome", "4xx"));
        assertEquals(1, afterRefusals.delta(afterHit, "hrc_requests_total", "surface", "api", "outcome", "4xx"));
        assertEquals(1, afterRefusals.delta(afterHit, "hrc_requests_total", "surface", "admin", "outcome", "4xx"));
        assertEquals(0, afterRefusals.delta(afterHit, "hrc_requests_total", "surface", "site", "outcome", "2xx"));
        for (String surface : List.of("site", "api", "admin")) {
            assertEquals(0, afterRefusals.get("hrc_requests_total", "surface", surface, "outcome", "5xx"), "never a 500");
        }
    }

    @Test
    void a_held_comment_lengthens_the_moderation_queue_and_its_approval_in_the_admin_shortens_it(Site site) {
        sleep(1_100); // the length is kept for up to a second: what earlier tests sent shows by now
        double queue = queueUntil(site, length -> !Double.isNaN(length), "known");
        Scrape before = scrape(site);
        String tag = text("metrics-held");

        HttpResponse<String> sent = submit(site, address(), "Hana", email("hana"), tag);

        assertEquals(202, sent.statusCode(), sent.body());
        Scrape after = scrape(site);
        assertEquals(1, after.delta(before, "hrc_comments_arrived_total", "verdict", "held"));
        assertEquals(0, after.delta(before, "hrc_comments_arrived_total", "verdict", "approved"));
        assertEquals(1, after.delta(before, "hrc_requests_total", "surface", "api", "outcome", "2xx"));
        queueUntil(site, length -> length == queue + 1, "one more pending");

        StaffClient moderator = StaffClient.signedIn(site, StaffClient.MODERATOR);
        HttpResponse<String> page = moderator.get("/admin/comments?status=pending&q=" + encode(tag));
        assertEquals(200, page.statusCode());
        Matcher token = TOKEN.matcher(page.body());
        Matcher selection = SELECTION.matcher(page.body());
        assertTrue(token.find() && selection.find(), "the queue page lists the comment");
        HttpResponse<String> approved = moderator.postRaw("/admin/comments", "token=" + encode(token.group(1))
                + "&action=approve&status=pending&q=" + encode(tag) + "&comment=" + encode(selection.group(1)));
        assertEquals(303, approved.statusCode(), approved.body());

        queueUntil(site, length -> length == queue, "approved: one fewer pending");
        Scrape afterApproval = scrape(site);
        assertTrue(afterApproval.delta(after, "hrc_requests_total", "surface", "admin", "outcome", "3xx") >= 2,
                "signing in and the bulk action answer 303");
        assertTrue(afterApproval.delta(after, "hrc_requests_total", "surface", "admin", "outcome", "2xx") >= 2,
                "the sign-in form and the queue page");
    }

    @Test
    void the_rules_verdicts_and_the_refusals_count_by_verdict(Site site) {
        withSettings(site, settings -> settings.add("approveKnownCommenters", true).add("floodIntervalSeconds", 0), () -> {
            String mail = email("kai");
            String first = text("My first comment");
            assertEquals(202, submit(site, address(), "Kai", mail, first).statusCode());
            JsonObject held = find(site, first);
            HttpResponse<String> approval = site.post("/api/admin/comments/" + held.getString("id") + "/approve", null, "",
                    "Authorization", Moderation.moderator(), "If-Match", "\"v" + held.getInt("version") + "\"");
            assertEquals(200, approval.statusCode(), approval.body());

            Scrape before = scrape(site);
            HttpResponse<String> known = submit(site, address(), "Kai", mail, text("My second comment"));
            assertEquals("APPROVED", Site.json(known).asJsonObject().getString("status"));
            assertEquals(1, scrape(site).delta(before, "hrc_comments_arrived_total", "verdict", "approved"),
                    "approved by the rules on arrival");
        });

        withSettings(site, settings -> settings.add("disallowedWords", words("metricsspamxyz")), () -> {
            Scrape before = scrape(site);
            HttpResponse<String> spam = submit(site, address(), "Bot", email("bot"), text("Cheap metricsspamxyz"));
            assertEquals(202, spam.statusCode());
            assertEquals("PENDING", Site.json(spam).asJsonObject().getString("status"), "spam looks pending to its sender");
            Scrape after = scrape(site);
            assertEquals(1, after.delta(before, "hrc_comments_arrived_total", "verdict", "spam"));
            assertEquals(0, after.delta(before, "hrc_comments_arrived_total", "verdict", "held"));
        });

        String from = address();
        assertEquals(202, submit(site, from, "Fritz", email("fritz"), text("First")).statusCode());
        Scrape beforeFlood = scrape(site);
        HttpResponse<String> flood = submit(site, from, "Fritz", email("fritz"), text("Second"));
        assertEquals(429, flood.statusCode(), flood.body());
        Scrape afterFlood = scrape(site);
        assertEquals(1, afterFlood.delta(beforeFlood, "hrc_comments_arrived_total", "verdict", "flood"));
        assertEquals(1, afterFlood.delta(beforeFlood, "hrc_requests_total", "surface", "api", "outcome", "4xx"));

        String mail = email("dora");
        String said = text("Said once");
        assertEquals(202, submit(site, address(), "Dora", mail, said).statusCode());
        Scrape beforeDuplicate = scrape(site);
        HttpResponse<String> duplicate = submit(site, address(), "Dora", mail, said);
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        Scrape afterDuplicate = scrape(site);
        assertEquals(1, afterDuplicate.delta(beforeDuplicate, "hrc_comments_arrived_total", "verdict", "duplicate"));
        assertEquals(0, afterDuplicate.delta(beforeDuplicate, "hrc_comments_arrived_total", "verdict", "flood"));
        assertEquals(0, afterDuplicate.delta(beforeDuplicate, "hrc_comments_arrived_total", "verdict", "held"));
    }

    @Test
    void the_pool_shows_its_connections_and_counts_each_request_for_one(Site site) {
        Scrape before = scrape(site);
        double active = before.get("hrc_db_pool_connections", "state", "active");
        double idle = before.get("hrc_db_pool_connections", "state", "idle");
        double max = before.get("hrc_db_pool_max");
        assertEquals(16, max, "hrc.db.pool-size by default");
        assertTrue(active >= 0 && idle >= 0 && active + idle <= max, active + " active, " + idle + " idle of " + max);
        assertTrue(before.get("hrc_db_pool_waiting") >= 0);

        assertEquals(200, site.get("/api/posts?per_page=3&metrics=" + UUID.randomUUID()).statusCode());

        Scrape after = scrape(site);
        assertTrue(after.delta(before, "hrc_db_pool_requests_total") >= 1, "the read asked the pool for a connection");
        assertTrue(after.delta(before, "hrc_db_pool_wait_seconds_total") >= 0);
        assertTrue(after.get("hrc_db_pool_wait_seconds_total") > 0, "connections take some time to hand out");
        assertEquals(0, after.get("hrc_db_pool_timeouts_total"), "the demo site never runs out of connections");
    }

    @Test
    void the_figures_are_read_from_this_machine_only_and_name_no_visitor(Site site) {
        HttpResponse<String> forwarded = site.get("/metrics?scope=application", "X-Forwarded-For", "203.0.113.9");
        assertEquals(404, forwarded.statusCode(), "a request a proxy passed on does not get the figures");
        assertFalse(forwarded.body().contains("hrc_"));
        assertEquals(404, site.get("/metrics", "Forwarded", "for=203.0.113.9").statusCode());

        HttpResponse<String> all = site.get("/metrics");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("hrc_requests_total"), "the application's figures beside the JVM's");
        assertNoPersonalData(all.body().replaceAll("(?m)^# HELP.*$", ""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
