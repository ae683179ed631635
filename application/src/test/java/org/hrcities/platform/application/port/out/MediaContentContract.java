package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Random;
import org.hrcities.platform.domain.media.MediaId;
import org.junit.jupiter.api.Test;

/** What every {@link MediaContentPort} must do. */
public abstract class MediaContentContract extends StorageContract {

    private static final int THREE_MIB = 3 * 1024 * 1024;

    /**
     * Whether a store or delete made in a transaction that fails is taken back: true for the stores in
     * the storage itself; a store beside it (files) writes at once.
     */
    protected boolean takesWritesBackOnRollback() {
        return true;
    }

    @Test
    void keeps_three_mebibytes_of_any_bytes_and_gives_them_back_unchanged() {
        byte[] bytes = randomBytes(THREE_MIB, 1);
        MediaId id = MediaId.generate();
        inTx(() -> storage.mediaContent().store(id, bytes));

        assertArrayEquals(bytes, read(id).orElseThrow());
    }

    @Test
    void keeps_the_content_of_each_file_apart() {
        MediaId first = MediaId.generate();
        MediaId second = MediaId.generate();
        inTx(() -> {
            storage.mediaContent().store(first, new byte[] {1, 2, 3});
            storage.mediaContent().store(second, new byte[] {4, 5});
        });
        assertArrayEquals(new byte[] {1, 2, 3}, read(first).orElseThrow());
        assertArrayEquals(new byte[] {4, 5}, read(second).orElseThrow());
    }

    @Test
    void replaces_what_it_kept() {
        MediaId id = MediaId.generate();
        inTx(() -> storage.mediaContent().store(id, randomBytes(100_000, 2)));
        byte[] replacement = randomBytes(1_000, 3);
        inTx(() -> storage.mediaContent().store(id, replacement));

        assertArrayEquals(replacement, read(id).orElseThrow());
    }

    @Test
    void forgets_deleted_bytes_and_deletes_what_it_never_kept_without_complaint() {
        MediaId id = MediaId.generate();
        inTx(() -> storage.mediaContent().store(id, new byte[] {9}));
        inTx(() -> storage.mediaContent().delete(id));

        assertEquals(Optional.empty(), read(id));
        inTx(() -> storage.mediaContent().delete(id));
        inTx(() -> storage.mediaContent().delete(MediaId.generate()));
        assertEquals(Optional.empty(), read(id));
    }

    @Test
    void has_nothing_for_an_unknown_id() {
        assertEquals(Optional.empty(), read(MediaId.generate()));
    }

    @Test
    void the_stored_bytes_change_only_through_store() {
        MediaId id = MediaId.generate();
        byte[] bytes = {1, 2, 3};
        inTx(() -> storage.mediaContent().store(id, bytes));
        bytes[0] = 42;
        byte[] first = read(id).orElseThrow();
        first[1] = 42;

        assertArrayEquals(new byte[] {1, 2, 3}, read(id).orElseThrow());
        inTx(() -> {
            byte[] inside = storage.mediaContent().read(id).orElseThrow();
            inside[2] = 42;
            assertArrayEquals(new byte[] {1, 2, 3}, storage.mediaContent().read(id).orElseThrow());
        });
    }

    @Test
    void a_rolled_back_transaction_takes_its_store_and_delete_back() {
        if (!takesWritesBackOnRollback()) {
            return;
        }
        MediaId kept = MediaId.generate();
        MediaId added = MediaId.generate();
        inTx(() -> storage.mediaContent().store(kept, new byte[] {1}));
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.mediaContent().store(added, new byte[] {2});
            storage.mediaContent().store(kept, new byte[] {3});
            storage.mediaContent().delete(kept);
            throw new IllegalStateException("a later write failed");
        }));

        assertArrayEquals(new byte[] {1}, read(kept).orElseThrow());
        assertEquals(Optional.empty(), read(added));
    }

    private Optional<byte[]> read(MediaId id) {
        return inTx(() -> storage.mediaContent().read(id));
    }

    private static byte[] randomBytes(int count, long seed) {
        byte[] bytes = new byte[count];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
