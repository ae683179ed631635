package org.hrcities.platform.application.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.hrcities.platform.application.port.OnlineBackupNotOfferedException;
import org.hrcities.platform.application.port.in.backup.Backup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackUpSiteServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T05:15:00.123Z");

    @TempDir
    Path directory;

    @Test
    void writes_a_new_file_named_for_its_time_into_the_folder_it_creates() {
        Path folder = directory.resolve("backups");
        BackUpSiteService service = new BackUpSiteService(file -> {
            try {
                Files.write(file, new byte[] {1, 2, 3});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 3;
        }, folder, () -> NOW);

        Backup backup = service.backUpSite();

        assertEquals("hrc-20261205-051500-123.zip", backup.file());
        assertEquals(3, backup.bytes());
        assertEquals(NOW, backup.takenAt());
        assertTrue(Files.isRegularFile(folder.resolve(backup.file())));
    }

    @Test
    void never_writes_over_an_existing_backup() throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("hrc-20261205-051500-123.zip"), "earlier");
        BackUpSiteService service = new BackUpSiteService(file -> {
            throw new AssertionError("must not be asked");
        }, directory, () -> NOW);

        assertThrows(IllegalStateException.class, service::backUpSite);
        assertEquals("earlier", Files.readString(directory.resolve("hrc-20261205-051500-123.zip")));
    }

    @Test
    void a_storage_that_backs_up_otherwise_says_so() {
        BackUpSiteService service = new BackUpSiteService(file -> {
            throw new OnlineBackupNotOfferedException("use pg_dump");
        }, directory, () -> NOW);

        assertEquals("use pg_dump", assertThrows(OnlineBackupNotOfferedException.class, service::backUpSite).getMessage());
    }
}
