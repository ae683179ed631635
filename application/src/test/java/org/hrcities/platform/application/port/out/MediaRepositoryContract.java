package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hrcities.platform.domain.media.ImageFormat;
import org.hrcities.platform.domain.media.ImageInspection;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

/** What every {@link MediaRepository} must do. */
public abstract class MediaRepositoryContract extends StorageContract {

    @Test
    void stores_a_media_file_and_finds_it_by_id_and_by_sha256_with_every_field() {
        byte[] bytes = png(640, 480, 1);
        MediaFile photo = MediaFile.upload(MediaId.generate(), "C:\\Photos\\Rathaus Graz.PNG", bytes,
                "The town hall of Graz at dusk, ünïcödé", T0);
        inTx(() -> storage.media().save(photo));

        for (MediaFile found : List.of(inTx(() -> storage.media().findById(photo.id())).orElseThrow(),
                inTx(() -> storage.media().findBySha256(MediaFile.sha256Of(bytes))).orElseThrow())) {
            assertEquals(photo.id(), found.id());
            assertEquals("rathaus-graz.png", found.fileName());
            assertEquals(new ImageInspection(ImageFormat.PNG, 640, 480), found.image());
            assertEquals(bytes.length, found.byteCount());
            assertEquals(MediaFile.sha256Of(bytes), found.sha256());
            assertEquals("The town hall of Graz at dusk, ünïcödé", found.altText());
            assertEquals(T0, found.uploadedAt());
            assertTrue(found.version() > 0, "a stored media file has a version");
        }
    }

    @Test
    void keeps_a_file_nobody_has_described_yet_with_an_empty_description() {
        MediaFile file = aFile(1, T0);
        file.describe("");
        inTx(() -> storage.media().save(file));
        assertEquals("", inTx(() -> storage.media().findById(file.id())).orElseThrow().altText());
    }

    @Test
    void finds_the_stored_files_among_many_ids_and_leaves_unknown_ones_out() {
        MediaFile one = aFile(1, T0);
        MediaFile two = aFile(2, T0.plusSeconds(1));
        inTx(() -> storage.media().save(one));
        inTx(() -> storage.media().save(two));
        List<MediaFile> found = inTx(() -> storage.media().findAllById(List.of(two.id(), MediaId.generate(), one.id(),
                two.id())));
        assertEquals(java.util.Set.of(one.id(), two.id()), found.stream().map(MediaFile::id)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, found.size());
        assertEquals(List.of(), inTx(() -> storage.media().findAllById(List.of())));
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_sha256() {
        inTx(() -> storage.media().save(aFile(1, T0)));
        assertEquals(Optional.empty(), inTx(() -> storage.media().findById(MediaId.generate())));
        assertEquals(Optional.empty(), inTx(() -> storage.media().findBySha256(MediaFile.sha256Of(new byte[] {1}))));
    }

    @Test
    void stores_a_new_description_and_refuses_a_stale_copy() {
        MediaFile file = aFile(1, T0);
        inTx(() -> storage.media().save(file));
        MediaFile first = inTx(() -> storage.media().findById(file.id())).orElseThrow();
        MediaFile second = inTx(() -> storage.media().findById(file.id())).orElseThrow();
        first.describe("A bridge over the Mur");
        inTx(() -> storage.media().save(first));
        second.describe("Something else");
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.media().save(second)));

        MediaFile stored = inTx(() -> storage.media().findById(file.id())).orElseThrow();
        assertEquals("A bridge over the Mur", stored.altText());
        assertTrue(stored.version() > first.version(), "a saved change moves the version on");
    }

    @Test
    void refuses_a_second_file_with_the_same_bytes_and_keeps_nothing_of_it() {
        byte[] bytes = png(10, 10, 7);
        MediaFile original = MediaFile.upload(MediaId.generate(), "a.png", bytes, "", T0);
        inTx(() -> storage.media().save(original));
        MediaFile twin = MediaFile.upload(MediaId.generate(), "b.png", bytes, "", T0.plusSeconds(1));

        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.media().save(twin)));

        assertEquals(1, inTx(() -> storage.media().count()));
        assertEquals(Optional.empty(), inTx(() -> storage.media().findById(twin.id())));
        assertEquals(Optional.of(original.id()),
                inTx(() -> storage.media().findBySha256(original.sha256())).map(MediaFile::id));
    }

    @Test
    void refuses_a_new_file_whose_id_is_stored_already() {
        MediaFile stored = aFile(1, T0);
        inTx(() -> storage.media().save(stored));
        MediaFile sameId = MediaFile.upload(stored.id(), "other.png", png(20, 20, 2), "", T0.plusSeconds(1));

        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.media().save(sameId)));

        assertEquals(stored.sha256(), inTx(() -> storage.media().findById(stored.id())).orElseThrow().sha256());
    }

    @Test
    void deletes_a_file_and_refuses_to_delete_a_stale_copy() {
        MediaFile file = aFile(1, T0);
        inTx(() -> storage.media().save(file));
        MediaFile stale = inTx(() -> storage.media().findById(file.id())).orElseThrow();
        MediaFile changed = inTx(() -> storage.media().findById(file.id())).orElseThrow();
        changed.describe("described");
        inTx(() -> storage.media().save(changed));

        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.media().delete(stale)));
        MediaFile current = inTx(() -> storage.media().findById(file.id())).orElseThrow();
        inTx(() -> storage.media().delete(current));

        assertEquals(Optional.empty(), inTx(() -> storage.media().findById(file.id())));
        assertEquals(Optional.empty(), inTx(() -> storage.media().findBySha256(file.sha256())));
        assertEquals(0, inTx(() -> storage.media().count()));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.media().delete(current)));
    }

    @Test
    void a_rolled_back_save_leaves_nothing() {
        MediaFile file = aFile(1, T0);
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.media().save(file);
            throw new IllegalStateException("second write failed");
        }));
        assertEquals(Optional.empty(), inTx(() -> storage.media().findById(file.id())));
        assertEquals(Optional.empty(), inTx(() -> storage.media().findBySha256(file.sha256())));
        assertEquals(0, inTx(() -> storage.media().count()));
        inTx(() -> storage.media().save(file));
        assertEquals(1, inTx(() -> storage.media().count()));
    }

    @Test
    void a_rolled_back_delete_keeps_the_file() {
        MediaFile file = aFile(1, T0);
        inTx(() -> storage.media().save(file));
        MediaFile stored = inTx(() -> storage.media().findById(file.id())).orElseThrow();
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.media().delete(stored);
            throw new IllegalStateException("second write failed");
        }));
        assertEquals(Optional.of(file.id()), inTx(() -> storage.media().findById(file.id())).map(MediaFile::id));
    }

    @Test
    void lists_the_newest_files_first_from_an_offset_up_to_a_limit() {
        MediaFile oldest = aFile(1, T0);
        MediaFile middle = aFile(2, T0.plusSeconds(60));
        MediaFile newest = aFile(3, T0.plusSeconds(120));
        // uploaded at the same moment: the greater id first
        MediaFile tieLow = aFile(new MediaId(UUID.fromString("00000000-0000-4000-8000-000000000001")), 4,
                T0.plusSeconds(90));
        MediaFile tieHigh = aFile(new MediaId(UUID.fromString("00000000-0000-4000-8000-000000000002")), 5,
                T0.plusSeconds(90));
        inTx(() -> List.of(middle, tieLow, oldest, newest, tieHigh).forEach(storage.media()::save));

        assertEquals(List.of(newest.id(), tieHigh.id(), tieLow.id(), middle.id(), oldest.id()), ids(0, 10));
        assertEquals(List.of(newest.id(), tieHigh.id()), ids(0, 2));
        assertEquals(List.of(tieLow.id(), middle.id()), ids(2, 2));
        assertEquals(List.of(oldest.id()), ids(4, 2));
        assertEquals(List.of(), ids(5, 2));
        assertEquals(List.of(), ids(0, 0));
        assertEquals(5, inTx(() -> storage.media().count()));
    }

    @Test
    void counts_nothing_in_empty_storage() {
        assertEquals(0, inTx(() -> storage.media().count()));
        assertEquals(List.of(), ids(0, 10));
    }

    private List<MediaId> ids(int offset, int limit) {
        return inTx(() -> storage.media().findNewest(offset, limit)).stream().map(MediaFile::id).toList();
    }

    private static MediaFile aFile(int seed, Instant uploadedAt) {
        return aFile(MediaId.generate(), seed, uploadedAt);
    }

    private static MediaFile aFile(MediaId id, int seed, Instant uploadedAt) {
        return MediaFile.upload(id, "image-" + seed + ".png", png(100 + seed, 50 + seed, seed), "Image " + seed,
                uploadedAt);
    }

    /** The header of a PNG image of the given size, then bytes that make each seed's file differ. */
    static byte[] png(int width, int height, int seed) {
        return ByteBuffer.allocate(40)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height)
                .putLong(seed).putLong(~seed)
                .array();
    }
}
