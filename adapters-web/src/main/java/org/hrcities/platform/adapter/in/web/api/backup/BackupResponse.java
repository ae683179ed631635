package org.hrcities.platform.adapter.in.web.api.backup;

import java.time.Instant;
import org.hrcities.platform.application.port.in.backup.Backup;

/** The backup written: its file name in the backup folder, size, start and duration. */
public record BackupResponse(String file, long bytes, Instant takenAt, long tookMillis) {

    static BackupResponse from(Backup backup) {
        return new BackupResponse(backup.file(), backup.bytes(), backup.takenAt(), backup.took().toMillis());
    }
}
