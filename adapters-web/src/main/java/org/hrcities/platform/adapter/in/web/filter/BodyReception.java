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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One request body received as its bytes come, on no thread of its own (see
 * {@link RequestLimitsFilter}). The container calls it when bytes are there to read, when the body
 * is whole, when reading failed and when the body's time is up; the first of those that ends the
 * reception (the body whole, too large, too slow, over the memory for bodies, or the client gone)
 * decides, and the others find it ended.
 * <p>
 * The worker thread that began the reception may wait a moment for the body
 * ({@link #startAndAwait(long)}): a body whole by then is handed to that thread, which goes on with
 * the request itself; a body that comes later is handed on by an asynchronous dispatch.
 * <p>
 * A body refused as too large, or for want of memory, is read on and thrown away after the refusal
 * was answered, up to {@link RequestLimitsFilter#DISCARDED_BYTES} bytes, so that the connection
 * closes with nothing unread.
 */
final class BodyReception implements ReadListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(BodyReception.class.getName());

    private final RequestLimitsFilter limits;
    private final AsyncContext async;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ServletInputStream in;
    private final long length;
    private ByteArrayOutputStream body;
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean completed = new AtomicBoolean();
    private long reserved;
    private boolean discarding;
    private long discarded;
    /** Whether the worker thread that began the reception waits for the body; guarded by this reception. */
    private boolean workerWaits;
    /** The whole body, handed to the waiting worker thread; guarded by this reception. */
    private byte[] handed;
    /** Whether the request is to be completed by the waiting worker thread; guarded by this reception. */
    private boolean completeOnWorker;

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

    /**
     * Puts the request into asynchronous mode, with the body's time as its timeout, for a reception
     * that keeps the body, or (a body refused before any of it was read) that throws its bytes away as
     * they come (see {@link RequestLimitsFilter#DISCARDED_BYTES}) and completes the request when the
     * body ends. {@link #start()} then starts taking the bytes.
     */
    static BodyReception begin(RequestLimitsFilter limits, HttpServletRequest request, HttpServletResponse response,
                               long length, boolean discard) throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(RequestLimitsFilter.BODY_SECONDS * 1000L);
        BodyReception reception = new BodyReception(limits, async, request, response, request.getInputStream(),
                discard ? -1 : length);
        if (discard) {
            reception.end();
            reception.discarding = true;
        }
        async.addListener(reception);
        return reception;
    }

    /**
     * Starts taking the body: reads what is there already, and leaves the rest to the container's calls.
     * Grizzly looks out for a body's next bytes only once {@code isReady()} has said that none are there
     * (glassfish-grizzly#2281), and bytes that came before the listener was set may be announced to no
     * one; so this reads at once, and ends the reception itself when the body is whole.
     */
    void start() throws IOException {
        in.setReadListener(this);
        onDataAvailable();
    }

    /**
     * Starts taking the body ({@link #start()}) and waits on the calling thread, the worker that began
     * the reception, for at most {@code nanos} nanoseconds for the reception to be done with it: the
     * body whole, or (a refusal, the client gone) the request ready to be completed, which then
     * happens on this thread. After that time the reception goes on without it.
     *
     * @return the whole body, for the caller to go on with the request and then {@link #finish()} it;
     *         or null: the request was completed here, or it is left to the reception (a body that came
     *         later is dispatched when whole, a refused one completed when read away)
     */
    byte[] startAndAwait(long nanos) throws IOException {
        synchronized (this) {
            workerWaits = nanos > 0;
        }
        try {
            start();
        } catch (IOException | RuntimeException | Error e) {
            stopWaiting();
            throw e;
        }
        synchronized (this) {
            long deadline = System.nanoTime() + nanos;
            long left = nanos;
            try {
                while (workerWaits && handed == null && !completeOnWorker && left > 0) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                    left = deadline - System.nanoTime();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return stopWaiting();
    }

    /**
     * The waiting worker thread goes on: takes the body handed to it, if any, and completes the request
     * itself if the reception asked for that; from now on the reception hands on and completes alone.
     */
    private byte[] stopWaiting() {
        byte[] body;
        boolean completeHere;
        synchronized (this) {
            workerWaits = false;
            body = handed;
            handed = null;
            completeHere = completeOnWorker;
        }
        if (completeHere) {
            completeNow();
        }
        return body;
    }

    /**
     * Ends a request whose body was handed to the worker thread that began the reception, once that
     * thread has answered it: gives the body's memory back and completes the asynchronous mode on the
     * same thread, so that the container ends the request there as it ends any other.
     */
    void finish() {
        release();
        completeNow();
    }

    /**
     * Reads what is there. Once the announced length has come it stops without asking {@code isReady()}
     * again: while Grizzly hands a read listener a body's last bytes it does not count the body finished
     * yet, so an {@code isReady()} that finds nothing there has it read the connection for this request
     * once more, after it. When the response is sent before the request has fully left the container,
     * the client's next request on the connection can then arrive as more of this body: taken by a
     * request that has ended, never answered. The container announces the end of the body right after
     * these bytes ({@link #onAllDataRead()}).
     */
    @Override
    public synchronized void onDataAvailable() throws IOException {
        while (wantsMore() && in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                break;
            }
            if (discarding) {
                discarded += read;
                if (discarded > RequestLimitsFilter.DISCARDED_BYTES) {
                    complete();
                    return;
                }
                continue;
            }
            if (ended.get()) {
                return;
            }
            if (body.size() + read > RequestLimitsFilter.MAX_BODY_BYTES) {
                if (end()) {
                    limits.refuseTooLarge(request, response);
                    discardTheRest(read);
                    continue;
                }
                return;
            }
            if (!limits.reserve(read)) {
                if (end()) {
                    limits.refuseBusy(request, response);
                    discardTheRest(read);
                    continue;
                }
                return;
            }
            reserved += read;
            body.write(chunk, 0, read);
        }
        if (in.isFinished()) {
            onAllDataRead();
        }
    }

    /** Whether bytes of the body may still come: always while it is thrown away or of unannounced length. */
    private boolean wantsMore() {
        return discarding || length < 0 || body.size() < length;
    }

    @Override
    public synchronized void onAllDataRead() {
        if (discarding) {
            complete();
        } else if (end()) {
            byte[] whole = body.toByteArray();
            if (workerWaits) {
                handed = whole;
                notifyAll();
            } else {
                request.setAttribute(RequestLimitsFilter.BODY, whole);
                async.dispatch();
            }
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (end() || isDiscarding()) {
            // the client went away, or the connection broke, before the body was whole: there is no one to answer
            LOG.log(Level.FINE, "a request body was not received", failure);
            complete();
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
            complete();
        } else if (isDiscarding()) {
            complete();
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

    /** After a refusal: what was received is given back, and what still comes is thrown away. */
    private void discardTheRest(int justRead) {
        discarded = body.size() + (long) justRead;
        body = new ByteArrayOutputStream(0);
        discarding = true;
        release();
    }

    private synchronized boolean isDiscarding() {
        return discarding;
    }

    /**
     * Completes the request once, whichever of the container's calls comes first; by the worker thread
     * that began the reception if it still waits.
     */
    private void complete() {
        synchronized (this) {
            if (workerWaits) {
                completeOnWorker = true;
                notifyAll();
                return;
            }
        }
        completeNow();
    }

    private void completeNow() {
        if (completed.compareAndSet(false, true)) {
            async.complete();
        }
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
