package org.hrcities.platform.adapter.in.web.filter;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One request body received as its bytes come, on no thread of its own (see
 * {@link RequestLimitsFilter}). The container calls it when bytes are there to read, when the body
 * is whole, when reading failed and when the body's time is up; the first of those that ends the
 * reception (the body whole, too large, too slow, over the memory for bodies, or the client gone)
 * decides, and the others find it ended.
 */
final class BodyReception implements ReadListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(BodyReception.class.getName());

    private final RequestLimitsFilter limits;
    private final AsyncContext async;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ServletInputStream in;
    private final long length;
    private final ByteArrayOutputStream body;
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean ended = new AtomicBoolean();
    private long reserved;

    /** @param length the announced length of the body, or -1 for a chunked body */
    BodyReception(RequestLimitsFilter limits, AsyncContext async, HttpServletRequest request, HttpServletResponse response,
                  ServletInputStream in, long length) {
        this.limits = limits;
        this.async = async;
        this.request = request;
        this.response = response;
        this.in = in;
        this.length = length;
        this.body = new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, chunk.length) : chunk.length);
    }

    @Override
    public synchronized void onDataAvailable() throws IOException {
        while (!ended.get() && in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                return;
            }
            if (body.size() + read > RequestLimitsFilter.MAX_BODY_BYTES) {
                if (end()) {
                    limits.refuseTooLarge(request, response);
                    async.complete();
                }
                return;
            }
            if (!limits.reserve(read)) {
                if (end()) {
                    limits.refuseBusy(request, response);
                    async.complete();
                }
                return;
            }
            reserved += read;
            body.write(chunk, 0, read);
        }
    }

    @Override
    public synchronized void onAllDataRead() {
        if (end()) {
            request.setAttribute(RequestLimitsFilter.BODY, body.toByteArray());
            async.dispatch();
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (end()) {
            // the client went away, or the connection broke, before the body was whole: there is no one to answer
            LOG.log(Level.FINE, "a request body was not received", failure);
            async.complete();
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) throws IOException {
        if (end()) {
            long received;
            synchronized (this) {
                received = body.size();
            }
            limits.refuseTooSlow(request, response, received, length);
            async.complete();
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        release();
    }

    @Override
    public void onError(AsyncEvent event) {
        release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the body is received once
    }

    /** Ends the reception; true for the one caller that ended it. */
    private boolean end() {
        return ended.compareAndSet(false, true);
    }

    private synchronized void release() {
        limits.release(reserved);
        reserved = 0;
    }
}
