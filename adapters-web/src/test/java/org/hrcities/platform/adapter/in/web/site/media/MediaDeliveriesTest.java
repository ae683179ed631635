package org.hrcities.platform.adapter.in.web.site.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ServiceUnavailableException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcities.platform.application.port.in.media.MediaContent;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.media.TestImages;
import org.junit.jupiter.api.Test;

class MediaDeliveriesTest {

    private final Map<MediaId, byte[]> kept = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile CountDownLatch readGate = new CountDownLatch(0);

    private final ReadMediaUseCase media = new ReadMediaUseCase() {
        @Override
        public Optional<MediaContent> readContent(MediaId id) {
            reads.incrementAndGet();
            try {
                readGate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.ofNullable(kept.get(id)).map(bytes -> new MediaContent(file(id, bytes), bytes));
        }

        @Override
        public Optional<MediaFile> findMedia(MediaId id) {
            return Optional.empty();
        }

        @Override
        public List<MediaFile> listNewest(int offset, int limit) {
            return List.of();
        }

        @Override
        public long countMedia() {
            return 0;
        }
    };

    private static MediaFile file(MediaId id, byte[] bytes) {
        return MediaFile.upload(id, "x.png", bytes, "", Instant.EPOCH);
    }

    private MediaFile keep(int width) {
        byte[] bytes = TestImages.png(width, 3);
        MediaId id = MediaId.generate();
        kept.put(id, bytes);
        return file(id, bytes);
    }

    @Test
    void requests_for_the_same_image_at_once_share_one_read_and_give_the_memory_back_when_the_last_is_done()
            throws Exception {
        MediaFile image = keep(40);
        MediaDeliveries deliveries = new MediaDeliveries(media, 1L << 20, 1_000);
        readGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<MediaDeliveries.Lease>> leases = List.of(pool.submit(() -> deliveries.open(image).orElseThrow()),
                pool.submit(() -> deliveries.open(image).orElseThrow()), pool.submit(() -> deliveries.open(image).orElseThrow()));
        TimeUnit.MILLISECONDS.sleep(200);
        readGate.countDown();
        byte[] first = leases.get(0).get().bytes();
        for (Future<MediaDeliveries.Lease> lease : leases) {
            assertSame(first, lease.get().bytes(), "one copy of the bytes");
        }
        assertEquals(1, reads.get(), "read once");
        assertEquals(2 * image.byteCount(), deliveries.used());
        leases.get(0).get().close();
        leases.get(0).get().close();
        leases.get(1).get().close();
        assertEquals(2 * image.byteCount(), deliveries.used(), "held while one request still sends it");
        leases.get(2).get().close();
        assertEquals(0, deliveries.used());
        pool.shutdown();
    }

    @Test
    void a_request_over_the_budget_waits_for_room_and_is_answered_503_when_none_comes() throws Exception {
        MediaFile first = keep(30);
        MediaFile second = keep(31);
        long budget = 2 * first.byteCount() + 10;
        MediaDeliveries deliveries = new MediaDeliveries(media, budget, 300);
        MediaDeliveries.Lease held = deliveries.open(first).orElseThrow();
        long started = System.nanoTime();
        ServiceUnavailableException busy = assertThrows(ServiceUnavailableException.class, () -> deliveries.open(second));
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(250), "it waited");
        assertEquals("2", busy.getResponse().getHeaderString("Retry-After"));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        MediaDeliveries patient = new MediaDeliveries(media, budget, 5_000);
        MediaDeliveries.Lease blocking = patient.open(first).orElseThrow();
        Future<MediaDeliveries.Lease> waiting = pool.submit(() -> patient.open(second).orElseThrow());
        TimeUnit.MILLISECONDS.sleep(100);
        assertTrue(!waiting.isDone(), "waits while the memory is taken");
        blocking.close();
        assertEquals(2 * second.byteCount(), waiting.get(2, TimeUnit.SECONDS).bytes().length * 2L);
        held.close();
        pool.shutdown();
    }

    @Test
    void an_image_whose_bytes_are_gone_or_cannot_be_read_takes_no_memory() {
        MediaDeliveries deliveries = new MediaDeliveries(media, 1L << 20, 100);
        MediaFile gone = file(MediaId.generate(), TestImages.png(5, 5));
        assertTrue(deliveries.open(gone).isEmpty());
        assertEquals(0, deliveries.used());

        MediaDeliveries failing = new MediaDeliveries(new ReadMediaUseCaseFailing(), 1L << 20, 100);
        assertThrows(IllegalStateException.class, () -> failing.open(gone));
        assertEquals(0, failing.used());
    }

    private static final class ReadMediaUseCaseFailing implements ReadMediaUseCase {
        @Override
        public Optional<MediaContent> readContent(MediaId id) {
            throw new IllegalStateException("the database is down");
        }

        @Override
        public Optional<MediaFile> findMedia(MediaId id) {
            return Optional.empty();
        }

        @Override
        public List<MediaFile> listNewest(int offset, int limit) {
            return List.of();
        }

        @Override
        public long countMedia() {
            return 0;
        }
    }
}
