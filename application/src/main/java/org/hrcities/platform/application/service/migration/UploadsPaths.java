package org.hrcities.platform.application.service.migration;

import java.util.Optional;
import org.hrcities.platform.application.port.out.ImportLedgerPort;
import org.hrcities.platform.application.port.out.ImportLedgerPort.Entry;

/**
 * How the ledger finds an imported file by its path in the former site's uploads: a {@code MEDIA} entry
 * keyed {@code uploads/2021/05/photo.jpg}, beside the one keyed by the attachment's id (which is all
 * digits, so the two never meet).
 */
final class UploadsPaths {

    static final String KEY_PREFIX = "uploads/";

    private UploadsPaths() {
    }

    /** The ledger key of the path, or empty when the path is too long to be a key ({@link ImportLedgerPort}). */
    static Optional<String> ledgerKey(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String key = KEY_PREFIX + path;
        return key.length() <= Entry.MAX_SOURCE_ID_LENGTH ? Optional.of(key) : Optional.empty();
    }
}
