package org.hrcities.platform.adapter.in.web.wordpress;

import java.time.Instant;
import java.util.UUID;
import org.hrcities.platform.application.port.in.migration.ImportReport;

/**
 * Where one import of a WordPress export stands: waiting for the one before it, running (with the
 * counts so far), finished (with its report), or failed (with what stopped it; what it stored before
 * stays stored).
 */
public record ImportStatus(UUID id, State state, String fileName, long bytes, Instant receivedAt, Instant startedAt,
                           Instant finishedAt, ImportReport report, String failure) {

    public enum State {
        WAITING, RUNNING, FINISHED, FAILED
    }

    ImportStatus running(Instant at) {
        return new ImportStatus(id, State.RUNNING, fileName, bytes, receivedAt, at, null, report, null);
    }

    ImportStatus advanced(ImportReport soFar) {
        return new ImportStatus(id, state, fileName, bytes, receivedAt, startedAt, finishedAt, soFar, failure);
    }

    ImportStatus finished(ImportReport done, Instant at) {
        return new ImportStatus(id, State.FINISHED, fileName, bytes, receivedAt, startedAt, at, done, null);
    }

    ImportStatus failed(String why, Instant at) {
        return new ImportStatus(id, State.FAILED, fileName, bytes, receivedAt, startedAt, at, report, why);
    }

    public boolean isDone() {
        return state == State.FINISHED || state == State.FAILED;
    }
}
