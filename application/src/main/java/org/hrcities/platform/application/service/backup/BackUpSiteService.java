package org.hrcities.platform.application.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.hrcities.platform.application.port.in.backup.BackUpSiteUseCase;
import org.hrcities.platform.application.port.in.backup.Backup;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.StorageBackupPort;

/**
 * Backs up the storage into {@code folder} as {@code hrc-YYYYMMDD-HHMMSS-mmm.zip} (UTC), never over an
 * existing file. One backup at a time: a second request waits for the first.
 */
public class BackUpSiteService implements BackUpSiteUseCase {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'hrc-'yyyyMMdd-HHmmss-SSS'.zip'")
            .withZone(ZoneOffset.UTC);

    private final StorageBackupPort storage;
    private final Path folder;
    private final ClockPort clock;

    public BackUpSiteService(StorageBackupPort storage, Path folder, ClockPort clock) {
        this.storage = Objects.requireNonNull(storage);
        this.folder = Objects.requireNonNull(folder);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public synchronized Backup backUpSite() {
        Instant takenAt = clock.now();
        long started = System.nanoTime();
        Path file = folder.resolve(NAME.format(takenAt));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup folder " + folder + " cannot be created", e);
        }
        if (Files.exists(file)) {
            throw new IllegalStateException("the backup file " + file + " exists already");
        }
        long bytes = storage.backUpTo(file);
        return new Backup(file.getFileName().toString(), bytes, takenAt, Duration.ofNanos(System.nanoTime() - started));
    }
}
