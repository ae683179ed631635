package org.hrcities.platform.bootstrap.e2e;

import static org.hrcities.platform.bootstrap.e2e.Moderation.COMMENTS;
import static org.hrcities.platform.bootstrap.e2e.Moderation.JSON;
import static org.hrcities.platform.bootstrap.e2e.Moderation.address;
import static org.hrcities.platform.bootstrap.e2e.Moderation.admin;
import static org.hrcities.platform.bootstrap.e2e.Moderation.email;
import static org.hrcities.platform.bootstrap.e2e.Moderation.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox under {@code kill -9}: a message committed with its comment is delivered after the site
 * is killed before sending it, once; and under load, killed while comments arrive and mail goes out,
 * no message of an acknowledged comment is lost, and the duplicates are counted.
 */
class OutboxDurabilityIT {

    private static final String FROM = "Human Rights Cities Network <news@hrcities.example>";
    private static final int CLAIM_SECONDS = 10;

    @TempDir
    Path directory;

    private static Map<String, String> environment(MailServer mail, int port, int intervalSeconds) {
        Map<String, String> environment = new HashMap<>(mail.siteEnvironment(FROM));
        environment.put("HRC_SITE_URL", "http://127.0.0.1:" + port);
        environment.put("HRC_TRUSTED_PROXIES", "127.0.0.1");
        environment.put("HRC_MAIL_INTERVAL_SECONDS", String.valueOf(intervalSeconds));
        // a message claimed by the killed process is due again after this (90 s unless set)
        environment.put("HRC_MAIL_CLAIM_SECONDS", String.valueOf(CLAIM_SECONDS));
        return environment;
    }

    private static HttpResponse<String> comment(Site site, String address) {
        String body = Json.createObjectBuilder().add("authorName", "Reader").add("authorEmail", address)
                .add("content", text("news, please")).add("notifyMe", true).build().toString();
        return site.post(COMMENTS, JSON, body, "X-Forwarded-For", address());
    }

    @Test
    void a_message_committed_before_a_kill_and_not_sent_is_sent_once_after_the_restart() throws Exception {
        try (MailServer mail = MailServer.start()) {
            int port = Site.freePort();
            String reader = email("killed-before-sending");
            // the worker's first round runs at start-up, the next an hour later: nothing is sent before the kill
            try (Site site = Site.start("outbox-kill-before-send", directory, environment(mail, port, 3600), port)) {
                assertEquals(202, comment(site, reader).statusCode());
                Thread.sleep(2_000);
                assertEquals(0, mail.received().size(), "nothing sent before the kill");
                site.kill();
            }
            long restarted = System.nanoTime();
            try (Site again = Site.start("outbox-kill-before-send-again", directory, environment(mail, port, 1), port)) {
                mail.await(MailServer.to(reader, "Please confirm your address"), 1, Duration.ofSeconds(60));
                long deliveredMillis = (System.nanoTime() - restarted) / 1_000_000;
                Thread.sleep(3_000);
                assertEquals(1, mail.received().stream().filter(MailServer.to(reader, "")).count(), "sent once");
                System.out.println("outbox kill -9 between commit and send: delivered once, " + deliveredMillis
                        + " ms after the restart began (the site's start included)");
            }
        }
    }

    @Test
    void under_load_a_kill_loses_no_message_of_an_acknowledged_comment() throws Exception {
        try (MailServer mail = MailServer.start()) {
            int port = Site.freePort();
            List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
            int clients = 6;
            try (Site site = Site.start("outbox-kill-under-load", directory, environment(mail, port, 1), port)) {
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3_000);
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            String reader = email("load");
                            try {
                                if (comment(site, reader).statusCode() == 202) {
                                    acknowledged.add(reader);
                                }
                            } catch (RuntimeException killed) {
                                return;
                            }
                        }
                    }));
                }
                // killed while comments still arrive and the worker is sending (a round every second)
                Thread.sleep(2_500);
                site.kill();
                for (Future<?> run : running) {
                    try {
                        run.get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException ignored) {
                        // a client cut off by the kill
                    }
                }
                pool.shutdownNow();
            }
            int beforeRestart = mail.received().size();
            long restarted = System.nanoTime();
            try (Site again = Site.start("outbox-kill-under-load-again", directory, environment(mail, port, 1), port)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLAIM_SECONDS + 60);
                while (queued(again) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertEquals(0, queued(again), "the outbox drained after the restart");
                long drainedMillis = (System.nanoTime() - restarted) / 1_000_000;
                Set<String> wanted = new HashSet<>(acknowledged);
                Map<String, Integer> received = new HashMap<>();
                Set<String> messageIds = new HashSet<>();
                int duplicates = 0;
                for (MimeMessage message : mail.received()) {
                    for (String to : MailServer.recipients(message)) {
                        received.merge(to, 1, Integer::sum);
                    }
                    if (!messageIds.add(message.getMessageID())) {
                        duplicates++;
                    }
                }
                List<String> lost = wanted.stream().filter(reader -> !received.containsKey(reader)).toList();
                System.out.println("outbox kill -9 under load: " + acknowledged.size() + " comments acknowledged, "
                        + beforeRestart + " messages delivered before the kill, " + mail.received().size()
                        + " in all, " + lost.size() + " lost, " + duplicates + " delivered twice (same Message-ID); outbox"
                        + " drained " + drainedMillis + " ms after the restart began");
                assertTrue(acknowledged.size() > 10, "the load reached the site: " + acknowledged.size());
                assertEquals(List.of(), lost, "every acknowledged comment's message arrived");
                assertTrue(duplicates <= 1, "at most the message in the SMTP conversation at the kill goes twice: "
                        + duplicates);
            }
        }
    }

    private static long queued(Site site) {
        HttpResponse<String> outbox = site.get("/api/admin/mail?state=queued", "Authorization", admin());
        assertEquals(200, outbox.statusCode(), outbox.body());
        return Long.parseLong(outbox.headers().firstValue("X-Mail-Queued").orElseThrow());
    }
}
