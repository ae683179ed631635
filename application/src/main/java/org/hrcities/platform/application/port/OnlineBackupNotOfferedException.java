package org.hrcities.platform.application.port;

/**
 * The storage cannot be backed up by the running site: its own tools do it (PostgreSQL's
 * {@code pg_dump}), or it keeps nothing (the in-memory storage). The message says which. Like
 * {@link StorageUnavailableException} it lives beside the port packages: the storage adapter throws it
 * and the web adapter answers it.
 */
public class OnlineBackupNotOfferedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OnlineBackupNotOfferedException(String message) {
        super(message);
    }
}
