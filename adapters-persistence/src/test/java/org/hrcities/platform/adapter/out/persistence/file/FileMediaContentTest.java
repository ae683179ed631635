package org.hrcities.platform.adapter.out.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;
import org.hrcities.platform.application.port.out.MediaContentContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.domain.media.MediaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on files in a temporary folder; the other ports of the suite are in memory. */
class FileMediaContentTest extends MediaContentContract {

    @TempDir
    Path root;

    private FileMediaContent files;

    @Override
    protected StorageUnderTest emptyStorage() {
        files = new FileMediaContent(root.resolve("media"));
        InMemoryStorage memory = new InMemoryStorage();
        return StorageUnderTest.of(memory.posts(), memory.comments(), memory.cities(), memory.topics(), memory.pages(),
                memory.media(), files, memory.importLedger(), memory.accounts(), memory.discussionSettings(),
                memory.moderationLog(), memory.commentReports(), memory.transactions());
    }

    /** Files are written at once: the callers store bytes last, after whatever could fail. */
    @Override
    protected boolean takesWritesBackOnRollback() {
        return false;
    }

    @Test
    void keeps_each_file_under_the_first_two_digits_of_its_id_and_leaves_no_temporary_file() throws IOException {
        MediaId id = new MediaId(UUID.fromString("ab12cd34-0000-4000-8000-000000000001"));
        inTx(() -> storage.mediaContent().store(id, new byte[] {1, 2}));
        inTx(() -> storage.mediaContent().store(id, new byte[] {3}));

        Path file = root.resolve("media").resolve("ab").resolve("ab12cd34-0000-4000-8000-000000000001");
        assertEquals(file, files.fileOf(id));
        assertTrue(Files.isRegularFile(file));
        try (Stream<Path> folder = Files.list(file.getParent())) {
            assertEquals(List.of(file), folder.toList(), "only the file itself, no temporary one");
        }
        inTx(() -> storage.mediaContent().delete(id));
        assertFalse(Files.exists(file));
    }

    @Test
    void creates_its_folder_when_it_first_stores() {
        assertFalse(Files.exists(root.resolve("media")));
        inTx(() -> storage.mediaContent().store(MediaId.generate(), new byte[] {1}));
        assertTrue(Files.isDirectory(root.resolve("media")));
    }
}
