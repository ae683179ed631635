package org.hrcities.platform.adapter.in.web.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestLimitsFilterTest {

    /** A filter whose worker threads never wait for a body still coming: such bodies are always dispatched. */
    private final RequestLimitsFilter filter = new RequestLimitsFilter(null, Duration.ZERO);
    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, String> answerHeaders = new LinkedHashMap<>();
    private final ByteArrayOutputStream answerBody = new ByteArrayOutputStream();
    private final AtomicReference<Integer> answerStatus = new AtomicReference<>();
    private final AtomicReference<ServletRequestSeen> passedOn = new AtomicReference<>();

    private record ServletRequestSeen(HttpServletRequest request, byte[] body) {
    }

    @Test
    void header_fields_over_the_limit_are_refused_with_431_before_anything_else() throws Exception {
        HttpServletRequest request = request("GET", "/api/posts", Map.of("Cookie", "c".repeat(RequestLimitsFilter.MAX_HEADER_BYTES)),
                -1, new byte[0]);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        assertNull(passedOn.get(), "the request went no further");
        assertEquals(431, answerStatus.get());
        assertEquals("application/problem+json", answerHeaders.get("Content-Type"));
        assertEquals("close", answerHeaders.get("Connection"));
        String problem = answerBody.toString(StandardCharsets.UTF_8);
        assertTrue(problem.contains("\"type\":\"/problems/headers-too-large\""), problem);
        assertTrue(problem.contains("\"instance\":\"/api/posts\""), problem);
        assertEquals("nosniff", answerHeaders.get("X-Content-Type-Options"));
    }

    @Test
    void a_path_marked_malformed_is_refused_with_400_saying_what_was_wrong() throws Exception {
        HttpServletRequest request = request("GET", "/api/posts/%25ZZ", Map.of(), -1, new byte[0]);
        attributes.put(RequestLimitsFilter.MALFORMED_PATH, "the path has a % that is not followed by two hexadecimal digits");

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        assertNull(passedOn.get(), "the request went no further");
        assertEquals(400, answerStatus.get());
        assertEquals("application/problem+json", answerHeaders.get("Content-Type"));
        assertNull(answerHeaders.get("Connection"), "no body was left unread: the connection may stay");
        String problem = answerBody.toString(StandardCharsets.UTF_8);
        assertTrue(problem.contains("\"type\":\"/problems/malformed-path\""), problem);
        assertTrue(problem.contains("\"detail\":\"the path has a % that is not followed by two hexadecimal digits\""), problem);
    }

    @Test
    void a_path_marked_malformed_with_an_unread_body_is_refused_and_the_connection_closed() throws Exception {
        HttpServletRequest request = request("POST", "/posts/%25ZZ/comments", Map.of(), 5, "a=b&c".getBytes(StandardCharsets.UTF_8));
        attributes.put(RequestLimitsFilter.MALFORMED_PATH, "the path encodes a NUL character (%00)");

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        assertNull(passedOn.get());
        assertEquals(400, answerStatus.get());
        assertTrue(answerHeaders.get("Content-Type").startsWith("text/html"), answerHeaders.toString());
        assertEquals("close", answerHeaders.get("Connection"));
        assertTrue(answerBody.toString(StandardCharsets.UTF_8).contains("NUL character"));
    }

    @Test
    void counts_each_header_field_as_name_colon_value_and_a_line_break() {
        HttpServletRequest request = request("GET", "/", Map.of("Host", "a.example", "Accept", "*/*"), -1, new byte[0]);
        assertEquals("Host: a.example\r\n".length() + "Accept: */*\r\n".length(), RequestLimitsFilter.headerBytes(request));
    }

    @Test
    void an_announced_body_over_the_limit_is_refused_with_413_at_once_then_read_and_thrown_away() throws Exception {
        Incoming incoming = new Incoming();
        HttpServletRequest request = request("POST", "/posts/a/comments", Map.of(), RequestLimitsFilter.MAX_BODY_BYTES + 1L,
                incoming);
        AsyncContext async = startsAsync(request);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        assertNull(passedOn.get());
        assertEquals(413, answerStatus.get(), "answered before the body came");
        assertTrue(answerHeaders.get("Content-Type").startsWith("text/html"));
        assertTrue(answerBody.toString(StandardCharsets.UTF_8).contains("<h1>Too much sent</h1>"));
        assertEquals("close", answerHeaders.get("Connection"));
        for (int sent = 0; sent <= RequestLimitsFilter.MAX_BODY_BYTES; sent += 8192) {
            incoming.arrive(new byte[8192]);
        }
        assertEquals(0, filter.receiving(), "what is thrown away is not kept");
        verify(async, never()).complete();
        incoming.end();
        verify(async).complete();
        verify(async, never()).dispatch();
        incoming.reception().onTimeout(null);
        verify(async).complete();
    }

    @Test
    void an_announced_body_too_large_to_read_away_is_refused_and_cut_off() throws Exception {
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(),
                RequestLimitsFilter.DISCARDED_BYTES + 1, new byte[0]);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        assertNull(passedOn.get());
        assertEquals(413, answerStatus.get());
        assertEquals("close", answerHeaders.get("Connection"));
        verify(request, never()).startAsync();
    }

    @Test
    void a_body_that_came_with_the_head_is_passed_on_from_memory_at_once() throws Exception {
        byte[] body = "{\"content\":\"hi\"}".getBytes(StandardCharsets.UTF_8);
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, body);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen((HttpServletRequest) req,
                ((HttpServletRequest) req).getInputStream().readAllBytes())));

        assertArrayEquals(body, passedOn.get().body());
        verify(request, never()).startAsync();
    }

    @Test
    void a_body_still_coming_is_received_without_a_thread_and_dispatched_whole() throws Exception {
        byte[] body = "{\"content\":\"a slow comment\"}".getBytes(StandardCharsets.UTF_8);
        Incoming incoming = new Incoming();
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, incoming);
        AsyncContext async = startsAsync(request);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));
        assertNull(passedOn.get(), "nothing waits for the body");
        verify(async).setTimeout(RequestLimitsFilter.BODY_SECONDS * 1000L);

        incoming.arrive(java.util.Arrays.copyOfRange(body, 0, 5));
        incoming.arrive(java.util.Arrays.copyOfRange(body, 5, body.length));
        assertEquals(body.length, filter.receiving(), "the bytes received are counted");
        incoming.end();
        verify(async).dispatch();

        when(request.getDispatcherType()).thenReturn(DispatcherType.ASYNC);
        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen((HttpServletRequest) req,
                ((HttpServletRequest) req).getInputStream().readAllBytes())));
        assertArrayEquals(body, passedOn.get().body());
        assertNull(attributes.get(RequestLimitsFilter.BODY));
        incoming.reception().onComplete(null);
        assertEquals(0, filter.receiving(), "the memory is given back when the request is done");
    }

    @Test
    void a_body_that_comes_while_the_worker_waits_is_handled_on_that_worker_and_never_dispatched() throws Exception {
        RequestLimitsFilter waiting = new RequestLimitsFilter(null, Duration.ofSeconds(30));
        byte[] body = "{\"content\":\"sent after the head\"}".getBytes(StandardCharsets.UTF_8);
        Incoming incoming = new Incoming();
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, incoming);
        AsyncContext async = startsAsync(request);
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<Thread> handledOn = new AtomicReference<>();
        AtomicReference<Long> receivingMeanwhile = new AtomicReference<>();
        CompletableFuture<Void> sender = arrivesInTwoParts(incoming, body, 7);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            worker.set(Thread.currentThread());
            waiting.doFilter(request, response(), (req, res) -> {
                handledOn.set(Thread.currentThread());
                receivingMeanwhile.set(waiting.receiving());
                passedOn.set(new ServletRequestSeen((HttpServletRequest) req,
                        ((HttpServletRequest) req).getInputStream().readAllBytes()));
            });
        }, "the worker goes on as soon as the body is whole, long before its wait is up");
        sender.get(10, TimeUnit.SECONDS);

        assertArrayEquals(body, passedOn.get().body());
        assertEquals(body.length, receivingMeanwhile.get(), "the body's memory is counted while the request runs");
        assertSame(worker.get(), handledOn.get(), "the request goes on on the thread that got its head");
        verify(async, never()).dispatch();
        verify(async).complete();
        assertNull(attributes.get(RequestLimitsFilter.BODY));
        assertEquals(0, waiting.receiving(), "the memory is given back when the request is done");
    }

    @Test
    void once_the_announced_length_has_come_the_reception_asks_for_no_more_bytes() throws Exception {
        RequestLimitsFilter waiting = new RequestLimitsFilter(null, Duration.ofSeconds(30));
        byte[] body = "{\"content\":\"the last bytes end the body\"}".getBytes(StandardCharsets.UTF_8);
        CountingIncoming incoming = new CountingIncoming(body.length);
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, incoming);
        AsyncContext async = startsAsync(request);
        // as Grizzly: the last bytes are announced before the body counts as finished
        CompletableFuture<Void> sender = arrivesInTwoParts(incoming, body, 9);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> waiting.doFilter(request, response(),
                (req, res) -> passedOn.set(new ServletRequestSeen((HttpServletRequest) req,
                        ((HttpServletRequest) req).getInputStream().readAllBytes()))));
        sender.get(10, TimeUnit.SECONDS);

        assertArrayEquals(body, passedOn.get().body());
        assertEquals(0, incoming.askedAfterTheWholeBody.get(), "an isReady() after the whole body has Grizzly read the"
                + " connection for this request again, and the next request's bytes could be taken for more of its body");
        verify(async, never()).dispatch();
        verify(async).complete();
    }

    @Test
    void a_body_there_before_its_listener_was_set_is_handled_on_the_waiting_worker() throws Exception {
        RequestLimitsFilter waiting = new RequestLimitsFilter(null, Duration.ofSeconds(30));
        byte[] body = "{\"content\":\"here already\"}".getBytes(StandardCharsets.UTF_8);
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, new Held(body, false));
        AsyncContext async = startsAsync(request);

        waiting.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen((HttpServletRequest) req,
                ((HttpServletRequest) req).getInputStream().readAllBytes())));

        assertArrayEquals(body, passedOn.get().body());
        verify(async, never()).dispatch();
        verify(async).complete();
    }

    @Test
    void a_body_slower_than_the_wait_is_left_to_the_reception_and_dispatched_when_whole() throws Exception {
        RequestLimitsFilter waiting = new RequestLimitsFilter(null, Duration.ofMillis(20));
        byte[] body = "{\"content\":\"a slow comment\"}".getBytes(StandardCharsets.UTF_8);
        Incoming incoming = new Incoming();
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, incoming);
        AsyncContext async = startsAsync(request);

        waiting.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));
        assertNull(passedOn.get(), "the worker went back to the pool");
        incoming.arrive(body);
        incoming.end();

        verify(async).dispatch();
        verify(async, never()).complete();
        assertArrayEquals(body, (byte[]) attributes.get(RequestLimitsFilter.BODY));
    }

    @Test
    void a_body_refused_while_the_worker_waits_is_read_away_and_the_request_completed_on_that_worker() throws Exception {
        RequestLimitsFilter waiting = new RequestLimitsFilter(null, Duration.ofSeconds(30));
        Incoming incoming = new Incoming();
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of("Transfer-Encoding", "chunked"), -1,
                incoming);
        AsyncContext async = startsAsync(request);
        AtomicReference<Thread> completedOn = new AtomicReference<>();
        doAnswer(call -> {
            completedOn.set(Thread.currentThread());
            return null;
        }).when(async).complete();
        CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
                for (int sent = 0; sent <= RequestLimitsFilter.MAX_BODY_BYTES + 8192; sent += 8192) {
                    incoming.arrive(new byte[8192]);
                }
                incoming.end();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicReference<Thread> worker = new AtomicReference<>();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            worker.set(Thread.currentThread());
            waiting.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));
        }, "the worker goes on once the refused body is read away, long before its wait is up");
        sender.get(10, TimeUnit.SECONDS);

        assertEquals(413, answerStatus.get());
        assertNull(passedOn.get());
        verify(async, never()).dispatch();
        verify(async).complete();
        assertSame(worker.get(), completedOn.get(), "the request is completed on the thread that got its head");
        assertEquals(0, waiting.receiving());
    }

    @Test
    void an_announced_body_over_the_limit_is_read_away_and_completed_on_the_waiting_worker() throws Exception {
        RequestLimitsFilter waiting = new RequestLimitsFilter(null, Duration.ofSeconds(30));
        byte[] body = new byte[RequestLimitsFilter.MAX_BODY_BYTES + 1];
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, new Held(body, false));
        AsyncContext async = startsAsync(request);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> waiting.doFilter(request, response(),
                (req, res) -> passedOn.set(new ServletRequestSeen(null, null))));

        assertEquals(413, answerStatus.get());
        assertNull(passedOn.get());
        verify(async).complete();
    }

    @Test
    void a_reception_that_cannot_start_keeps_no_worker_waiting() throws Exception {
        RequestLimitsFilter waiting = new RequestLimitsFilter(null, Duration.ofSeconds(30));
        Incoming refusing = new Incoming() {
            @Override
            public void setReadListener(ReadListener readListener) {
                throw new IllegalStateException("the connection is gone");
            }
        };
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), 100, refusing);
        startsAsync(request);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> waiting.doFilter(request, response(),
                        (req, res) -> passedOn.set(new ServletRequestSeen(null, null))),
                "the failure reaches the container at once, not after the wait"));
        assertEquals("the connection is gone", failure.getMessage());
        assertNull(passedOn.get());
    }

    @Test
    void the_body_of_a_request_that_upgraded_to_http2_is_read_at_once_not_through_a_read_listener() throws Exception {
        byte[] body = "{\"content\":\"sent with an upgrade\"}".getBytes(StandardCharsets.UTF_8);
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, new Held(body, false));
        when(request.getProtocol()).thenReturn(RequestLimitsFilter.UPGRADED);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen((HttpServletRequest) req,
                ((HttpServletRequest) req).getInputStream().readAllBytes())));

        verify(request, never()).startAsync();
        assertArrayEquals(body, passedOn.get().body());
    }

    @Test
    void an_upgraded_request_whose_body_ends_early_gets_400() throws Exception {
        byte[] body = "{\"content\":".getBytes(StandardCharsets.UTF_8);
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length + 20L, new Held(body, false));
        when(request.getProtocol()).thenReturn(RequestLimitsFilter.UPGRADED);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        assertEquals(400, answerStatus.get());
        assertTrue(answerBody.toString(StandardCharsets.UTF_8).contains("ended after 11 of the 31 bytes"),
                answerBody.toString(StandardCharsets.UTF_8));
        assertNull(passedOn.get());
    }

    @Test
    void a_body_that_came_before_its_listener_was_set_is_taken_without_the_container_announcing_it() throws Exception {
        byte[] body = "{\"content\":\"here already\"}".getBytes(StandardCharsets.UTF_8);
        Held in = new Held(body, false);
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), body.length, in);
        AsyncContext async = startsAsync(request);

        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        verify(async).dispatch();
        assertArrayEquals(body, (byte[]) attributes.get(RequestLimitsFilter.BODY));
    }

    @Test
    void a_body_whose_time_is_up_gets_408_saying_how_much_came_and_nothing_more_happens() throws Exception {
        Incoming incoming = new Incoming();
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of(), 1000, incoming);
        AsyncContext async = startsAsync(request);
        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));
        incoming.arrive("{\"con".getBytes(StandardCharsets.UTF_8));

        incoming.reception().onTimeout(null);
        incoming.end();

        assertEquals(408, answerStatus.get());
        String problem = answerBody.toString(StandardCharsets.UTF_8);
        assertTrue(problem.contains("\"type\":\"/problems/request-timeout\""), problem);
        assertTrue(problem.contains("5 of 1000 bytes came"), problem);
        verify(async).complete();
        verify(async, never()).dispatch();
        assertNull(passedOn.get());
    }

    @Test
    void a_chunked_body_that_grows_past_the_limit_gets_413_and_is_read_away_up_to_a_bound() throws Exception {
        Incoming incoming = new Incoming();
        HttpServletRequest request = request("POST", "/api/posts/a/comments", Map.of("Transfer-Encoding", "chunked"), -1,
                incoming);
        AsyncContext async = startsAsync(request);
        filter.doFilter(request, response(), (req, res) -> passedOn.set(new ServletRequestSeen(null, null)));

        for (int sent = 0; sent <= RequestLimitsFilter.MAX_BODY_BYTES && answerStatus.get() == null; sent += 8192) {
            incoming.arrive(new byte[8192]);
        }

        assertEquals(413, answerStatus.get());
        assertEquals(0, filter.receiving(), "the memory is given back at the refusal");
        verify(async, never()).complete();
        for (long sent = RequestLimitsFilter.MAX_BODY_BYTES; sent <= RequestLimitsFilter.DISCARDED_BYTES; sent += 8192) {
            incoming.arrive(new byte[8192]);
        }
        verify(async).complete();
        incoming.arrive(new byte[8192]);
        incoming.reception().onError(new IOException("gone"));
        verify(async).complete();
        verify(async, never()).dispatch();
        incoming.reception().onComplete(null);
        assertEquals(0, filter.receiving());
    }

    @Test
    void bodies_being_received_share_a_bounded_memory() {
        assertTrue(filter.reserve(RequestLimitsFilter.RECEIVING_BYTES - 10));
        assertFalse(filter.reserve(11));
        assertTrue(filter.reserve(10));
        filter.release(RequestLimitsFilter.RECEIVING_BYTES);
        assertEquals(0, filter.receiving());
    }

    @Test
    void paths_are_logged_printable_and_short() {
        assertEquals("/api/posts/a?b", RequestLimitsFilter.printable("/api/posts/a\u0007b"));
        assertEquals(203, RequestLimitsFilter.printable("/" + "a".repeat(300)).length());
    }

    /** The bytes of a body as the container hands them to a read listener. */
    private static class Incoming extends ServletInputStream {

        private final List<byte[]> waiting = Collections.synchronizedList(new ArrayList<>());
        private volatile ReadListener listener;
        private volatile boolean ended;

        void arrive(byte[] bytes) throws IOException {
            waiting.add(bytes);
            listener.onDataAvailable();
        }

        void end() throws IOException {
            ended = true;
            listener.onAllDataRead();
        }

        BodyReception reception() {
            return (BodyReception) listener;
        }

        @Override
        public boolean isFinished() {
            return ended && waiting.isEmpty();
        }

        @Override
        public boolean isReady() {
            return !waiting.isEmpty();
        }

        @Override
        public void setReadListener(ReadListener readListener) {
            this.listener = readListener;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in chunks");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            byte[] next = waiting.remove(0);
            System.arraycopy(next, 0, buffer, offset, next.length);
            return next.length;
        }

        @Override
        public int available() {
            return waiting.stream().mapToInt(bytes -> bytes.length).sum();
        }
    }

    /** The body, 50 ms from now, in two parts split at {@code split}, then its end. */
    private static CompletableFuture<Void> arrivesInTwoParts(Incoming incoming, byte[] body, int split) {
        return CompletableFuture.runAsync(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
                incoming.arrive(java.util.Arrays.copyOfRange(body, 0, split));
                incoming.arrive(java.util.Arrays.copyOfRange(body, split, body.length));
                incoming.end();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Counts the calls of {@code isReady()} that find nothing there once the whole announced body was read. */
    private static final class CountingIncoming extends Incoming {

        private final int length;
        private int read;
        private final AtomicInteger askedAfterTheWholeBody = new AtomicInteger();

        CountingIncoming(int length) {
            this.length = length;
        }

        @Override
        public boolean isReady() {
            boolean ready = super.isReady();
            if (!ready && read >= length) {
                askedAfterTheWholeBody.incrementAndGet();
            }
            return ready;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            int got = super.read(buffer, offset, count);
            read += got;
            return got;
        }
    }

    private HttpServletRequest request(String method, String path, Map<String, String> headers, long length, byte[] body) {
        return request(method, path, headers, length, new Held(body, true));
    }

    /**
     * A body the container holds whole: counted as available and read at once, or (not
     * {@code counted}) held but counted as none, and never announced to a read listener, as Grizzly
     * does with bytes that came before the listener was set.
     */
    private static final class Held extends ServletInputStream {

        private final ByteArrayInputStream bytes;
        private final boolean counted;

        Held(byte[] body, boolean counted) {
            this.bytes = new ByteArrayInputStream(body);
            this.counted = counted;
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener readListener) {
            if (counted) {
                throw new IllegalStateException("a body held whole is read at once");
            }
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.available() == 0 ? -1 : bytes.read(buffer, offset, length);
        }

        @Override
        public int available() {
            return counted ? bytes.available() : 0;
        }
    }

    private HttpServletRequest request(String method, String path, Map<String, String> headers, long length,
                                       ServletInputStream in) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        lenient().when(request.getMethod()).thenReturn(method);
        lenient().when(request.getRequestURI()).thenReturn(path);
        lenient().when(request.getRemoteAddr()).thenReturn("192.0.2.1");
        lenient().when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);
        lenient().when(request.getContentLengthLong()).thenReturn(length);
        lenient().when(request.getHeaderNames()).thenAnswer(call -> Collections.enumeration(headers.keySet()));
        lenient().when(request.getHeaders(anyString())).thenAnswer(call -> headers.containsKey(call.<String>getArgument(0))
                ? Collections.enumeration(List.of(headers.get(call.<String>getArgument(0)))) : Collections.emptyEnumeration());
        lenient().when(request.getHeader(anyString())).thenAnswer(call -> headers.get(call.<String>getArgument(0)));
        try {
            lenient().when(request.getInputStream()).thenReturn(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        lenient().when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        lenient().doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1))).when(request)
                .setAttribute(anyString(), any());
        lenient().doAnswer(call -> attributes.remove(call.<String>getArgument(0))).when(request).removeAttribute(anyString());
        return request;
    }

    /** The request goes into asynchronous mode when asked; answers its asynchronous context. */
    private static AsyncContext startsAsync(HttpServletRequest request) {
        AsyncContext async = mock(AsyncContext.class);
        when(request.startAsync()).thenReturn(async);
        return async;
    }

    private HttpServletResponse response() throws IOException {
        HttpServletResponse response = mock(HttpServletResponse.class);
        lenient().doAnswer(call -> {
            answerStatus.set(call.getArgument(0));
            return null;
        }).when(response).setStatus(anyInt());
        lenient().doAnswer(call -> answerHeaders.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());
        lenient().doAnswer(call -> answerHeaders.put(call.getArgument(0), call.getArgument(1))).when(response)
                .addHeader(anyString(), anyString());
        lenient().when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener writeListener) {
                throw new IllegalStateException("not asynchronous");
            }

            @Override
            public void write(int b) {
                answerBody.write(b);
            }
        });
        return response;
    }

    @Test
    void only_an_export_sent_with_credentials_is_left_to_its_resource() {
        String xml = "application/xml; charset=UTF-8";
        String multipart = "multipart/form-data; boundary=x";
        assertTrue(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/api/admin/imports", "Basic YTpi", null, xml)));
        assertTrue(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/api/admin/imports", "Basic YTpi", null, "TEXT/XML")));
        assertTrue(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/admin/imports", null, "session-id", multipart)));
        assertFalse(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/admin/imports", null, null, multipart)),
                "an anonymous export is held to the limits, so that its refusal is read");
        assertFalse(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/api/admin/posts", "Basic YTpi", null, xml)));
        assertFalse(RequestLimitsFilter.isLeftToItsResource(upload("PUT", "/api/admin/imports", "Basic YTpi", null, xml)));
        assertFalse(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/api/admin/imports", "Basic YTpi", null,
                "application/x-www-form-urlencoded")), "a body its resource does not read is received, and answered 415");
        assertFalse(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/api/admin/imports", "Basic YTpi", null, null)));
        assertFalse(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/admin/imports", null, "session-id",
                "application/x-www-form-urlencoded")));
        assertFalse(RequestLimitsFilter.isLeftToItsResource(upload("POST", "/admin/imports", null, "session-id", xml)));
    }

    private static HttpServletRequest upload(String method, String path, String authorization, String sessionId,
                                             String contentType) {
        HttpServletRequest request = org.mockito.Mockito.mock(HttpServletRequest.class);
        org.mockito.Mockito.lenient().when(request.getContentType()).thenReturn(contentType);
        org.mockito.Mockito.when(request.getMethod()).thenReturn(method);
        org.mockito.Mockito.when(request.getRequestURI()).thenReturn(path);
        org.mockito.Mockito.when(request.getHeader("Authorization")).thenReturn(authorization);
        org.mockito.Mockito.when(request.getRequestedSessionId()).thenReturn(sessionId);
        return request;
    }
}
