package org.hrcities.platform.adapter.in.web.filter;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.route.RequestPaths;

/**
 * The limits of every request, checked before anything else of the site sees it, and the request
 * body received without an HTTP worker thread waiting for it.
 * <ul>
 * <li>the path's %-escapes decode to a path, or the answer is 400: the servlet container decodes the
 * path before any filter runs and cannot answer such a path itself, so bootstrap's
 * {@code MalformedPathCheck} looks at it first, makes it decodable and names the fault in the
 * attribute {@link #MALFORMED_PATH};</li>
 * <li>the header fields take at most {@link #MAX_HEADER_BYTES} bytes together, or the answer is
 * 431 (the HTTP listener itself refuses a request head of more than 16 KiB, or of more than 100 header
 * fields, with an empty 400 before the site sees it);</li>
 * <li>a body takes at most {@link #MAX_BODY_BYTES} bytes, or the answer is 413: at once when its
 * {@code Content-Length} says more, as soon as a chunked body grows past it otherwise;</li>
 * <li>a body arrives whole within {@link #BODY_SECONDS} seconds of the request's head, or the answer
 * is 408;</li>
 * <li>the bodies being received take at most {@link #RECEIVING_BYTES} bytes of memory together; a
 * body that would take more is answered 503 with {@code Retry-After}.</li>
 * </ul>
 * A body that came whole with the request's head is read at once. Any other is received
 * asynchronously (Servlet non-blocking input) by a {@link BodyReception}, which takes the bytes as
 * they come. The worker thread waits for it at most {@link #BODY_WAIT_MILLIS} ms: clients that write
 * a request's head and body separately (the JDK's HttpClient) send the body a moment later, and that
 * thread goes on with the request as with any other. A body that takes longer is left to the
 * reception, the worker thread goes back to the pool, and once the body is whole the request is
 * dispatched again ({@link DispatcherType#ASYNC}) with its body in memory. Slow senders therefore
 * hold a connection and the bytes they sent, and a worker thread for no longer than that wait, never
 * for the whole body: with 16 worker threads, 16 clients that trickled their bodies used to stop
 * every other visitor.
 * <p>
 * The wait keeps requests on the thread that began them. The container tells request listeners that
 * a request is done on the thread that completes it; for a request dispatched again that is another
 * thread than the one told of its start, and CDI's request state (Weld's) stays on the first one
 * until its next request, which then may fail (decision 0034).
 * <p>
 * Each refusal is answered as the rest of the site answers errors (problem details under /api, an
 * error page elsewhere, with the security headers) and logged in one line. A refused request whose
 * body was not read is answered with {@code Connection: close}; the rest of its body, up to
 * {@link #DISCARDED_BYTES} bytes, is then read and thrown away before the connection closes. A
 * connection closed with bytes unread is reset by the operating system, and a reset can destroy the
 * answer before a client still sending its body has read it: the client would see a broken connection
 * instead of the 413.
 * <p>
 * An export that staff send to be imported is the one body left to its resource, which streams it to
 * disk once the sender's sign-in has been checked ({@link #isLeftToItsResource}).
 * <p>
 * This filter must come first, for the requests and for the asynchronous dispatches: the WAR's
 * web.xml declares and maps it, before the filters declared by annotations. A filter after it that
 * must see the requests with a body is mapped to {@link DispatcherType#ASYNC} as well.
 */
public class RequestLimitsFilter implements Filter {

    /** The largest body any endpoint takes: a comment of 65,525 bytes in JSON with room to spare. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** The header fields of a request together, each counted as {@code name: value} and a line break. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Seconds from the request's head to the last byte of its body. */
    public static final int BODY_SECONDS = 20;
    /** The memory that the bodies being received take together, at most. */
    public static final long RECEIVING_BYTES = 16L * 1024 * 1024;
    /**
     * A refused body is read and thrown away, without being kept, up to this many bytes in all before
     * the connection closes; a longer one is cut off.
     */
    public static final long DISCARDED_BYTES = 2L * 1024 * 1024;
    /**
     * How long the worker thread that got a request's head waits for a body still coming before it
     * leaves the body to a read listener and goes back to the pool.
     */
    public static final long BODY_WAIT_MILLIS = 100;
    /** Seconds a client refused for want of memory should wait before sending again. */
    static final int BUSY_RETRY_AFTER_SECONDS = 5;

    /**
     * The request attribute that says, in a sentence, what is wrong with the %-escapes of the request's
     * path; set before the servlet container decodes the path, absent when nothing is.
     */
    public static final String MALFORMED_PATH = RequestLimitsFilter.class.getName() + ".malformed-path";

    /** The request attribute that carries a body received asynchronously to its dispatch. */
    static final String BODY = RequestLimitsFilter.class.getName() + ".body";

    /** The protocol of a request that came with an upgrade to HTTP/2 over plain HTTP. */
    static final String UPGRADED = "HTTP/2.0";

    private static final Logger LOG = Logger.getLogger(RequestLimitsFilter.class.getName());

    private final AtomicLong receiving = new AtomicLong();
    private final long bodyWaitNanos;

    @Inject
    ClientAddresses clientAddresses;

    public RequestLimitsFilter() {
        // for the servlet container, which injects the client addresses
        this.bodyWaitNanos = TimeUnit.MILLISECONDS.toNanos(BODY_WAIT_MILLIS);
    }

    /** @param bodyWait how long the worker thread waits for a body still coming (zero: not at all) */
    RequestLimitsFilter(ClientAddresses clientAddresses, Duration bodyWait) {
        this.clientAddresses = clientAddresses;
        this.bodyWaitNanos = bodyWait.toNanos();
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            if (request.getAttribute(BODY) instanceof byte[] body) {
                request.removeAttribute(BODY);
                chain.doFilter(new ReceivedBodyRequest(request, body), response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (request.getAttribute(MALFORMED_PATH) instanceof String problem) {
            refuse(request, response, 400, "malformed-path", "Malformed request path", problem, length > 0 || chunked);
            return;
        }
        int headerBytes = headerBytes(request);
        if (headerBytes > MAX_HEADER_BYTES) {
            refuse(request, response, 431, "headers-too-large", "Request headers too large",
                    "the header fields of a request may take at most " + MAX_HEADER_BYTES + " bytes together; these took "
                            + headerBytes, true);
            return;
        }
        if (isLeftToItsResource(request)) {
            // answered before its resource reads the body (wrong credentials, an expired session), the
            // rest of the body is left on a connection the server then closes: a client told so in
            // advance sends its next request on a new connection rather than lose it on this one
            response.setHeader("Connection", "close");
            chain.doFilter(request, response);
            if (response.getStatus() >= 300 && !request.isAsyncStarted() && !request.getInputStream().isFinished()) {
                // and what is left of the body is read away, as after the limits' own refusals, so that
                // the connection does not close with bytes unread and the answer is not reset under the client
                BodyReception.begin(this, request, response, length, true).startAndAwait(bodyWaitNanos);
            }
            return;
        }
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        if (length > MAX_BODY_BYTES) {
            if (length > DISCARDED_BYTES) {
                refuseTooLarge(request, response);
                return;
            }
            BodyReception discarding = BodyReception.begin(this, request, response, length, true);
            refuseTooLarge(request, response);
            discarding.startAndAwait(bodyWaitNanos);
            return;
        }
        ServletInputStream in = request.getInputStream();
        if (!chunked && (in.available() >= length || UPGRADED.equals(request.getProtocol()))) {
            // a request that upgraded to HTTP/2 (h2c) is read here: Grizzly tells a read listener that its body
            // is whole before the bytes have come, and may not tell it when they do
            byte[] body = in.readNBytes((int) length);
            if (body.length < length) {
                refuse(request, response, 400, "malformed-body", "Malformed request body", "the body ended after "
                        + body.length + " of the " + length + " bytes its Content-Length announced", false);
                return;
            }
            chain.doFilter(new ReceivedBodyRequest(request, body), response);
            return;
        }
        BodyReception reception = BodyReception.begin(this, request, response, length, false);
        byte[] body = reception.startAndAwait(bodyWaitNanos);
        if (body != null) {
            try {
                chain.doFilter(new ReceivedBodyRequest(request, body), response);
            } finally {
                reception.finish();
            }
        }
    }

    /**
     * An export sent to be imported ({@link RequestPaths#isUpload}: of the type its resource reads) by a
     * client that brings credentials (an Authorization header, or the session of a signed-in browser):
     * its resource streams the body to disk after the sign-in was checked. Without credentials it is
     * held to the limits like any other body, so that its refusal (401, or the way to sign in) is read
     * by a client still sending: a body left unread when the connection closes has the connection reset
     * under the answer. One answered before its resource read it (wrong credentials, an expired
     * session) has the rest of its body read away after the answer, up to {@link #DISCARDED_BYTES}, and
     * every answer to an export closes the connection.
     */
    static boolean isLeftToItsResource(HttpServletRequest request) {
        return RequestPaths.isUpload(request.getMethod(), request.getRequestURI(), request.getContentType())
                && (request.getHeader("Authorization") != null || request.getRequestedSessionId() != null);
    }

    /** The bytes of the request's header fields, each counted as {@code name: value} and a line break. */
    static int headerBytes(HttpServletRequest request) {
        int bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + 2 + value.length() + 2;
            }
        }
        return bytes;
    }

    /** Takes {@code bytes} more of the memory for bodies being received; false if there is not that much left. */
    boolean reserve(long bytes) {
        long now = receiving.addAndGet(bytes);
        if (now > RECEIVING_BYTES) {
            receiving.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    void release(long bytes) {
        receiving.addAndGet(-bytes);
    }

    /** The memory taken by the bodies being received now. */
    long receiving() {
        return receiving.get();
    }

    void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuse(request, response, 413, "body-too-large", "Request body too large",
                "the request body may be at most " + MAX_BODY_BYTES + " bytes", true);
    }

    void refuseTooSlow(HttpServletRequest request, HttpServletResponse response, long received, long length)
            throws IOException {
        refuse(request, response, 408, "request-timeout", "Request body too slow",
                "the request body must arrive within " + BODY_SECONDS + " s; " + received + " of "
                        + (length < 0 ? "an unannounced number of" : String.valueOf(length)) + " bytes came", true);
    }

    void refuseBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(BUSY_RETRY_AFTER_SECONDS));
        refuse(request, response, 503, "busy", "Service busy",
                "the site is receiving too many request bodies at the moment; try again in a few seconds", true);
    }

    /** Answers the refusal, unless something was answered already, and logs it in one line. */
    void refuse(HttpServletRequest request, HttpServletResponse response, int status, String kind, String title,
                String detail, boolean close) throws IOException {
        String client = clientAddresses == null ? request.getRemoteAddr() : clientAddresses.of(request);
        LOG.info(() -> "refused with " + status + ": " + request.getMethod() + " " + printable(request.getRequestURI())
                + " from " + client + ": " + detail);
        if (!response.isCommitted()) {
            Refusals.answer(request, response, status, kind, title, detail, close);
        }
    }

    /** The path for the log: at most 200 characters, each outside printable ASCII as '?'. */
    static String printable(String path) {
        String shown = path == null ? "" : path.length() > 200 ? path.substring(0, 200) + "..." : path;
        StringBuilder text = new StringBuilder(shown.length());
        shown.chars().forEach(c -> text.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return text.toString();
    }
}
