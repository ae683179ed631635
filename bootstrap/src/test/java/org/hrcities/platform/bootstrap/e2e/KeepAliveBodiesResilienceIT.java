package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that keep their connections open and write a request's head and its body separately, the
 * body a moment later (as Java's HttpClient does), and send their next request as soon as the answer
 * came: every request is answered. A body whose last bytes reached the site while the request's read
 * listener was told of them once had the connection read again for that request, and a next request
 * quick enough was taken as more of its body and never answered (decision 0034, "Later finding").
 * Twelve senders and two busy loops on two cores, for {@code -Dhrc.test.keep-alive-seconds} (20 in the
 * default build, 150 in the resilience profile; the site lost about one request in 20,000 before).
 */
class KeepAliveBodiesResilienceIT {

    private static final int SECONDS = Integer.getInteger("hrc.test.keep-alive-seconds", 20);
    private static final int SENDERS = 12;
    private static final String POST = "happy-new-year-2021";

    @TempDir
    Path directory;

    @Test
    void every_request_on_a_kept_connection_is_answered_when_bodies_follow_their_heads() throws Exception {
        try (Site site = Site.start("keep-alive", directory, Map.of("HRC_TRUSTED_PROXIES", "127.0.0.1"))) {
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            List<String> lost = Collections.synchronizedList(new ArrayList<>());
            Map<Integer, AtomicLong> statuses = new ConcurrentSkipListMap<>();
            List<Thread> threads = new ArrayList<>();
            for (int busy = 0; busy < 2; busy++) {
                Thread loop = new Thread(() -> {
                    long x = 1;
                    while (System.nanoTime() < end) {
                        x = x * 31 + 7;
                    }
                }, "busy-" + busy);
                loop.setDaemon(true);
                threads.add(loop);
            }
            for (int sender = 0; sender < SENDERS; sender++) {
                int id = sender;
                threads.add(new Thread(() -> send(site, id, end, lost, statuses), "sender-" + sender));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            long answered = statuses.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("keep-alive senders, %d s: %d requests answered %s, %d not answered%n", SECONDS, answered,
                    statuses, lost.size());
            if (!lost.isEmpty()) {
                System.err.println(site.stateAfterTimeout());
            }
            assertEquals(List.of(), lost, "every request is answered");
            assertTrue(answered > SECONDS * 50L, "the senders kept sending: " + answered);
            long failed = statuses.entrySet().stream().filter(entry -> entry.getKey() >= 500)
                    .mapToLong(entry -> entry.getValue().get()).sum();
            assertEquals(0, failed, "no answer is a 5xx: " + statuses);
        }
    }

    /** Page views and comments on one connection after another, each comment's body a moment after its head. */
    private static void send(Site site, int id, long end, List<String> lost, Map<Integer, AtomicLong> statuses) {
        Random random = new Random(id);
        Socket socket = null;
        InputStream in = null;
        String previous = "nothing";
        int sent = 0;
        while (System.nanoTime() < end && lost.size() < 5) {
            try {
                if (socket == null) {
                    socket = RawHttp.connect(site, 15);
                    socket.setTcpNoDelay(true);
                    in = new BufferedInputStream(socket.getInputStream());
                    previous = "nothing on this connection";
                }
                OutputStream out = socket.getOutputStream();
                String what;
                if (random.nextInt(4) == 0) {
                    what = "GET /posts/" + POST;
                    out.write((what + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } else {
                    sent++;
                    byte[] body = ("{\"authorName\":\"Sender " + id + "\",\"authorEmail\":\"sender" + id + "-" + sent
                            + "@example.org\",\"content\":\"Comment " + sent + " of sender " + id + "\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    out.write(("POST /api/posts/" + POST + "/comments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nX-Forwarded-For: 10." + id + "." + random.nextInt(250) + "."
                            + random.nextInt(250) + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    long pause = random.nextInt(5) == 0 ? 0 : random.nextInt(3_000_000);
                    LockSupport.parkNanos(pause);
                    out.write(body);
                    out.flush();
                    what = "POST, body " + pause / 1_000 + " µs after the head";
                }
                RawHttp.Answer answer;
                try {
                    answer = RawHttp.readNext(in);
                } catch (SocketTimeoutException e) {
                    lost.add(what + ", after " + previous + " on the same connection (local port " + socket.getLocalPort() + ")");
                    socket.close();
                    socket = null;
                    continue;
                }
                statuses.computeIfAbsent(answer.status(), key -> new AtomicLong()).incrementAndGet();
                previous = what + " answered " + answer.status();
                if (answer.closesConnection()) {
                    socket.close();
                    socket = null;
                }
            } catch (IOException e) {
                try {
                    if (socket != null) {
                        socket.close();
                    }
                } catch (IOException ignored) {
                    // closed anyway
                }
                socket = null;
            }
        }
    }
}
