package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.filter.RequestLimitsFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slow and abusive clients against the real site, alone (no proxy in front): clients that send a
 * comment's head and then its body a byte a second do not delay the other visitors and get 408 when
 * the body's time is up; a body over the limit gets 413, header fields over the limit 431; each as
 * problem details under /api and as an error page on the site, logged in one line.
 */
@ExtendWith(DemoSite.class)
class RequestLimitsIT {

    private static final String POST = "happy-new-year-2021";
    private static final String API_COMMENTS = "/api/posts/" + POST + "/comments";
    private static final String SITE_COMMENTS = "/posts/" + POST + "/comments";
    private static final int TRICKLERS = 40;
    private static final int ANNOUNCED = 1000;
    private static final int PAGE_VIEWS = 400;
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void forty_clients_trickling_comment_bodies_delay_no_page_view_and_get_408(Site site) throws Exception {
        List<String> pages = List.of("/", "/posts/" + POST);
        for (int i = 0; i < 20; i++) {
            view(site, pages.get(i % 2));
        }
        List<Socket> tricklers = new ArrayList<>();
        ExecutorService trickling = Executors.newSingleThreadExecutor();
        ExecutorService reading = Executors.newFixedThreadPool(TRICKLERS);
        try {
            long started = System.nanoTime();
            for (int i = 0; i < TRICKLERS; i++) {
                boolean api = i % 2 == 0;
                Socket socket = connect(site);
                socket.getOutputStream().write(ascii("POST " + (api ? API_COMMENTS : SITE_COMMENTS) + " HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nX-Forwarded-For: 192.0.2." + (10 + i) + "\r\n"
                        + "Content-Type: " + (api ? "application/json" : "application/x-www-form-urlencoded") + "\r\n"
                        + "Content-Length: " + ANNOUNCED + "\r\n\r\n" + (api ? "{" : "c")));
                tricklers.add(socket);
            }
            trickling.submit(() -> trickle(tricklers));
            List<Future<Answer>> answers = new ArrayList<>();
            for (Socket socket : tricklers) {
                answers.add(reading.submit(() -> new Answer(readAnswer(socket), System.nanoTime())));
            }
            Thread.sleep(1_000);

            List<Long> millis = new ArrayList<>();
            long viewsEnd = started + TimeUnit.SECONDS.toNanos(RequestLimitsFilter.BODY_SECONDS - 4);
            for (int i = 0; i < PAGE_VIEWS && System.nanoTime() < viewsEnd; i++) {
                millis.add(view(site, pages.get(i % 2)));
            }
            Collections.sort(millis);
            long p50 = millis.get(millis.size() / 2);
            long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
            long max = millis.get(millis.size() - 1);
            System.out.printf(Locale.ROOT, "%d page views while %d clients trickled comment bodies: p50 %d ms, p99 %d ms,"
                    + " max %d ms%n", millis.size(), TRICKLERS, p50, p99, max);
            assertTrue(millis.size() >= 100, "only " + millis.size() + " page views before the bodies' time was up");
            assertTrue(p99 < 100, "p99 of the page views " + p99 + " ms");
            assertTrue(max < 1_000, "slowest page view " + max + " ms");

            for (int i = 0; i < TRICKLERS; i++) {
                Answer timed = answers.get(i).get(RequestLimitsFilter.BODY_SECONDS + 30, TimeUnit.SECONDS);
                String answer = timed.text();
                assertEquals(408, status(answer), answer);
                long seconds = TimeUnit.NANOSECONDS.toSeconds(timed.nanos() - started);
                assertTrue(seconds >= RequestLimitsFilter.BODY_SECONDS - 1, "408 after " + seconds + " s");
                assertTrue(answer.contains(i % 2 == 0 ? "Content-Type: application/problem+json" : "Content-Type: text/html"),
                        answer);
                assertTrue(answer.contains(i % 2 == 0 ? "\"type\":\"/problems/request-timeout\"" : "<h1>Sent too slowly</h1>"),
                        answer);
                assertTrue(answer.contains("Connection: close"), answer);
            }
            assertLoggedOncePerRefusal(site, 408, TRICKLERS);
        } finally {
            trickling.shutdownNow();
            reading.shutdownNow();
            for (Socket socket : tricklers) {
                socket.close();
            }
        }
    }

    @Test
    void a_body_sent_slowly_but_within_its_time_is_taken_whole_also_from_signed_in_staff(Site site) throws Exception {
        String email = "slow-" + UUID.randomUUID() + "@example.org";
        String comment = "{\"authorName\":\"Slow Sender\",\"authorEmail\":\"" + email + "\",\"content\":\"Sent ten bytes at a time,"
                + " the whole comment arrives.\"}";
        String answer = sendSlowly(site, "POST " + API_COMMENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Forwarded-For: 192.0.2.90\r\nContent-Type: application/json\r\nContent-Length: "
                + comment.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n", comment);
        assertEquals(202, status(answer), answer);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(answer);
        assertTrue(id.find(), answer);
        HttpResponse<String> stored = site.get("/api/admin/comments/" + id.group(1), "Authorization",
                StaffClient.basic(StaffClient.MODERATOR, StaffClient.PASSWORD), "X-Forwarded-For", "192.0.2.91");
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("Sent ten bytes at a time, the whole comment arrives."), stored.body());

        // the staff filter runs in the dispatch that follows the body: the administrator is known there
        String settings = "{\"floodIntervalSeconds\":0}";
        String unconditional = sendSlowly(site, "PUT /api/admin/settings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Forwarded-For: 192.0.2.92\r\nAuthorization: " + StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + settings.length() + "\r\nConnection: close\r\n\r\n",
                settings);
        assertEquals(428, status(unconditional), unconditional);
    }

    @Test
    void a_body_over_the_limit_gets_413_at_once_when_announced_and_when_it_grows_past(Site site) throws Exception {
        try (Socket socket = connect(site)) {
            socket.getOutputStream().write(ascii("POST " + API_COMMENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "X-Forwarded-For: 192.0.2.93\r\nContent-Type: application/json\r\nContent-Length: "
                    + (RequestLimitsFilter.MAX_BODY_BYTES + 1) + "\r\n\r\n"));
            String answer = readAnswer(socket);
            assertEquals(413, status(answer), answer);
            assertTrue(answer.contains("\"type\":\"/problems/body-too-large\""), answer);
            assertTrue(answer.contains("Connection: close"), answer);
        }
        try (Socket socket = connect(site)) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("POST " + SITE_COMMENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.94\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"));
            String chunk = Integer.toHexString(8192) + "\r\n" + "c".repeat(8192) + "\r\n";
            for (int sent = 0; sent < RequestLimitsFilter.MAX_BODY_BYTES; sent += 8192) {
                out.write(ascii(chunk));
            }
            out.write(ascii("1\r\nc\r\n"));
            String answer = readAnswer(socket);
            assertEquals(413, status(answer), answer);
            assertTrue(answer.contains("Content-Type: text/html") && answer.contains("<h1>Too much sent</h1>"), answer);
        }
        assertLoggedOncePerRefusal(site, 413, 2);
    }

    /**
     * A client that sends its whole body before it reads (as java.net.http does) must read the 413, not
     * a broken or reset connection: the site reads the rest of a refused body away before it closes,
     * up to {@link RequestLimitsFilter#DISCARDED_BYTES}.
     */
    @Test
    void clients_that_send_their_whole_body_over_the_limit_read_the_413(Site site) throws Exception {
        int over = (int) RequestLimitsFilter.DISCARDED_BYTES - 1_000;
        byte[] json = ("{\"content\":\"" + "x".repeat(over) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] form = ("content=" + "x".repeat(over)).getBytes(StandardCharsets.UTF_8);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean api = i % 2 == 0;
                answers.add(senders.submit(() -> {
                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(site.uri(api ? API_COMMENTS : SITE_COMMENTS))
                            .timeout(Duration.ofSeconds(20)).header("X-Forwarded-For", "192.0.2.96")
                            .header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(api ? json : form)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(413, answer.statusCode(), answer.body());
                    return answer.body();
                }));
            }
            for (int i = 0; i < answers.size(); i++) {
                String body = answers.get(i).get(60, TimeUnit.SECONDS);
                assertTrue(body.contains(i % 2 == 0 ? "\"type\":\"/problems/body-too-large\"" : "<h1>Too much sent</h1>"),
                        body);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void header_fields_over_the_limit_get_431_and_beyond_the_listener_s_limit_an_empty_400(Site site) throws Exception {
        String cookie = "Cookie: crumbs=" + "c".repeat(RequestLimitsFilter.MAX_HEADER_BYTES) + "\r\n";
        String api = raw(site, "GET /api/posts HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.95\r\n" + cookie + "\r\n");
        assertEquals(431, status(api), api);
        assertTrue(api.contains("Content-Type: application/problem+json") && api.contains("\"type\":\"/problems/headers-too-large\""),
                api);
        String page = raw(site, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.95\r\n" + cookie + "\r\n");
        assertEquals(431, status(page), page);
        assertTrue(page.contains("Content-Type: text/html") && page.contains("<h1>Request headers too large</h1>"), page);
        assertLoggedOncePerRefusal(site, 431, 2);

        String huge = raw(site, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: crumbs=" + "c".repeat(16 * 1024) + "\r\n\r\n");
        assertEquals(400, status(huge), huge);
        assertTrue(huge.endsWith("\r\n\r\n"), "the listener answers without a body: " + huge);

        String plain = raw(site, "GET /api/posts HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.95\r\nCookie: crumbs="
                + "c".repeat(RequestLimitsFilter.MAX_HEADER_BYTES - 200) + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, status(plain), "header fields under the limit are taken");
    }

    private record Answer(String text, long nanos) {
    }

    /** Sends one byte to every trickling client each second, until stopped. */
    private static Void trickle(List<Socket> sockets) throws InterruptedException {
        for (int second = 1; second < ANNOUNCED && !Thread.currentThread().isInterrupted(); second++) {
            Thread.sleep(1_000);
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write('x');
                } catch (IOException e) {
                    // answered and closed
                }
            }
        }
        return null;
    }

    /** Milliseconds of one page view, from the request to the last byte of a 200. */
    private static long view(Site site, String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(site.uri(path)).timeout(Duration.ofSeconds(3))
                    .header("X-Forwarded-For", "192.0.2.99").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), path);
        } catch (HttpTimeoutException e) {
            // counted as the time it waited
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String sendSlowly(Site site, String head, String body) throws IOException, InterruptedException {
        try (Socket socket = connect(site)) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii(head));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i += 10) {
                Thread.sleep(100);
                out.write(bytes, i, Math.min(10, bytes.length - i));
                out.flush();
            }
            return readAnswer(socket);
        }
    }

    private static String raw(Site site, String request) throws IOException {
        try (Socket socket = connect(site)) {
            socket.getOutputStream().write(ascii(request));
            return readAnswer(socket);
        }
    }

    private static Socket connect(Site site) throws IOException {
        return RawHttp.connect(site, RequestLimitsFilter.BODY_SECONDS + 30);
    }

    /** The first answer on the connection, head and body, as on the wire. */
    private static String readAnswer(Socket socket) throws IOException {
        return RawHttp.read(socket).text();
    }

    private static int status(String answer) {
        Matcher status = STATUS.matcher(answer);
        return status.find() ? Integer.parseInt(status.group(1)) : 0;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The site's log holds at least {@code count} lines of refusals with the status, none followed by a stack trace. */
    private static void assertLoggedOncePerRefusal(Site site, int status, int count) {
        List<String> lines;
        try {
            lines = Files.readAllLines(site.log(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int refusals = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("refused with " + status + ":")) {
                refusals++;
                for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
                    assertFalse(lines.get(j).strip().startsWith("at "), "a stack trace follows: " + lines.get(i));
                }
            }
        }
        assertTrue(refusals >= count, refusals + " refusals with " + status + " logged, not " + count);
    }
}
