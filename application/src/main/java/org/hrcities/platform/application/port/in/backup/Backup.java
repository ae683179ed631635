package org.hrcities.platform.application.port.in.backup;

import java.time.Duration;
import java.time.Instant;

/** A backup the site wrote: its file's name in the backup folder, size, when it began and how long it took. */
public record Backup(String file, long bytes, Instant takenAt, Duration took) {
}
