package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.PoolEvents;
import org.hrcities.platform.domain.media.MediaId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreSettingsTest {

    @Test
    void the_database_keeps_the_bytes_unless_files_are_asked_for_in_any_case() {
        assertSame(MediaStoreSettings.DATABASE, MediaStoreSettings.of("database", "jdbc:h2:file:./data/hrc"));
        assertSame(MediaStoreSettings.DATABASE, MediaStoreSettings.of(" Database ", null));
        assertNull(MediaStoreSettings.DATABASE.folder());
        assertEquals(MediaStoreSettings.Kind.FILES, MediaStoreSettings.of("FILES", null).kind());
    }

    @Test
    void another_store_is_refused_with_the_choices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaStoreSettings.of("s3", "jdbc:h2:file:./data/hrc"));
        assertTrue(e.getMessage().contains("hrc.media.store must be database or files"), e.getMessage());
    }

    @Test
    void files_lie_in_the_media_folder_beside_the_h2_file() {
        assertEquals(Path.of("./data/media"), MediaStoreSettings.of("files", "jdbc:h2:file:./data/hrc").folder());
        assertEquals(Path.of("/srv/hrc/media"),
                MediaStoreSettings.of("files", "jdbc:h2:file:/srv/hrc/site;WRITE_DELAY=0").folder());
        assertEquals(Path.of("/srv/hrc/media"), MediaStoreSettings.of("files", "jdbc:h2:/srv/hrc/site").folder());
        assertEquals(Path.of(System.getProperty("user.home"), "hrc", "media"),
                MediaStoreSettings.of("files", "jdbc:h2:~/hrc/site").folder());
        assertEquals(Path.of("./media"), MediaStoreSettings.of("files", "jdbc:h2:file:site").folder());
    }

    @Test
    void files_lie_in_the_default_data_folder_for_any_other_database() {
        Path fallback = Path.of("data", "media");
        assertEquals(fallback, MediaStoreSettings.of("files", "jdbc:postgresql://db:5432/hrc").folder());
        assertEquals(fallback, MediaStoreSettings.of("files", "jdbc:h2:mem:site").folder());
        assertEquals(fallback, MediaStoreSettings.of("files", null).folder());
    }

    @Test
    void the_opened_storage_keeps_media_bytes_in_files_when_told_to(@TempDir Path directory) {
        MediaStoreSettings files = new MediaStoreSettings(MediaStoreSettings.Kind.FILES, directory.resolve("media"));
        MediaId id = MediaId.generate();
        try (StorageAdapter storage = Storages.open(StorageSettings.of("memory", null, null, null, 1), files,
                PoolEvents.NONE)) {
            storage.transactions().inTransaction(() -> storage.mediaContent().store(id, new byte[] {1, 2, 3}));
            assertEquals("none", storage.schemaVersion());
        }
        String name = id.value().toString();
        assertTrue(Files.isRegularFile(directory.resolve("media").resolve(name.substring(0, 2)).resolve(name)));
    }
}
