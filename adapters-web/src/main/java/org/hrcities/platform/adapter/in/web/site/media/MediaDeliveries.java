package org.hrcities.platform.adapter.in.web.site.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hrcities.platform.application.port.in.media.MediaContent;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;

/**
 * The images being sent, held in memory together within {@link #BUDGET_BYTES}: an image is read once
 * however many requests want it at the same moment (they share its bytes until the last has sent
 * them), and a request whose image would take the memory over the budget waits for others to finish,
 * at most {@link #WAIT_MILLIS}, then is answered 503 with {@code Retry-After}; at most
 * {@link #WRITERS} images are written to their connections at once. Without it, sixty
 * clients asking for a 9 MB image at once took the site's 256 MB heap, and H2, failing to read for
 * want of memory, closed the database (decision 0039).
 */
@ApplicationScoped
public class MediaDeliveries {

    /**
     * The memory that images being read and sent take together: each distinct image counts twice its
     * size (the database's copy while it is read, and the bytes sent).
     */
    public static final long BUDGET_BYTES = 64L * 1024 * 1024;
    /** How long a request waits for room before it is answered 503. */
    public static final long WAIT_MILLIS = 5_000;
    /** What a 503 asks the client to wait, in seconds. */
    static final long RETRY_AFTER_SECONDS = 2;
    /**
     * How many images are written to their connections at once. The container takes what a request
     * writes into memory of its own, up to some megabytes a connection, before the write waits for
     * the client; the writers are few so that those copies are few too.
     */
    public static final int WRITERS = 8;

    private ReadMediaUseCase media;
    private final long budget;
    private final long waitMillis;
    private final java.util.concurrent.Semaphore writers = new java.util.concurrent.Semaphore(WRITERS, true);
    /** The images being sent, by id; guarded by this. */
    private final Map<MediaId, Delivery> current = new HashMap<>();
    /** The memory they take; guarded by this. */
    private long used;

    protected MediaDeliveries() {
        this(null, BUDGET_BYTES, WAIT_MILLIS);
    }

    @Inject
    public MediaDeliveries(ReadMediaUseCase media) {
        this(media, BUDGET_BYTES, WAIT_MILLIS);
    }

    MediaDeliveries(ReadMediaUseCase media, long budget, long waitMillis) {
        this.media = media;
        this.budget = budget;
        this.waitMillis = waitMillis;
    }

    /** The bytes of an image with their share of the budget, given back by {@link #close()}. */
    public final class Lease implements AutoCloseable {

        private final Delivery delivery;
        private final byte[] bytes;
        private boolean closed;
        private boolean writing;

        private Lease(Delivery delivery, byte[] bytes) {
            this.delivery = delivery;
            this.bytes = bytes;
        }

        public byte[] bytes() {
            return bytes;
        }

        /**
         * Writes the bytes in pieces of {@code piece} bytes, then gives back the lease: the container
         * copies what one write gives it, so a whole image at once would be a second copy of it.
         */
        public void writeTo(java.io.OutputStream out, int piece) throws java.io.IOException {
            try {
                for (int at = 0; at < bytes.length; at += piece) {
                    out.write(bytes, at, Math.min(piece, bytes.length - at));
                }
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            synchronized (MediaDeliveries.this) {
                if (closed) {
                    return;
                }
                closed = true;
                leave(delivery);
            }
            if (writing) {
                writers.release();
            }
        }
    }

    private static final class Delivery {
        final long weight;
        final CompletableFuture<Optional<byte[]>> bytes = new CompletableFuture<>();
        int users = 1;

        Delivery(long weight) {
            this.weight = weight;
        }
    }

    /**
     * The bytes of {@code file} for one request, or empty when they are no longer kept.
     *
     * @throws ServiceUnavailableException when no room came within {@link #WAIT_MILLIS}
     */
    public Optional<Lease> open(MediaFile file) {
        long weight = 2 * file.byteCount();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        Delivery delivery;
        boolean reader = false;
        synchronized (this) {
            delivery = current.get(file.id());
            while (delivery == null && used + weight > budget && used > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new ServiceUnavailableException("the site is sending many large images; try again in "
                            + RETRY_AFTER_SECONDS + " seconds", RETRY_AFTER_SECONDS);
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ServiceUnavailableException("interrupted", RETRY_AFTER_SECONDS);
                }
                delivery = current.get(file.id());
            }
            if (delivery == null) {
                delivery = new Delivery(weight);
                current.put(file.id(), delivery);
                used += weight;
                reader = true;
            } else {
                delivery.users++;
            }
        }
        if (reader) {
            try {
                delivery.bytes.complete(media.readContent(file.id()).map(MediaContent::bytes));
            } catch (RuntimeException | Error e) {
                delivery.bytes.completeExceptionally(e);
            }
        }
        Optional<byte[]> bytes;
        try {
            bytes = delivery.bytes.get(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) + waitMillis,
                    TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            synchronized (this) {
                leave(delivery);
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof ExecutionException failed && failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new ServiceUnavailableException("the image could not be read in time", RETRY_AFTER_SECONDS);
        }
        if (bytes.isEmpty()) {
            synchronized (this) {
                leave(delivery);
            }
            return Optional.empty();
        }
        Lease lease = new Lease(delivery, bytes.get());
        try {
            long left = Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            if (!writers.tryAcquire(left, TimeUnit.MILLISECONDS)) {
                lease.close();
                throw new ServiceUnavailableException("the site is sending many large images; try again in "
                        + RETRY_AFTER_SECONDS + " seconds", RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lease.close();
            throw new ServiceUnavailableException("interrupted", RETRY_AFTER_SECONDS);
        }
        lease.writing = true;
        return Optional.of(lease);
    }

    /** The memory the images being sent take now. */
    synchronized long used() {
        return used;
    }

    private void leave(Delivery delivery) {
        delivery.users--;
        if (delivery.users == 0) {
            current.values().remove(delivery);
            used -= delivery.weight;
            notifyAll();
        }
    }
}
