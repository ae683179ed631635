package org.hrcities.platform.application.port.out;

/**
 * The storage cannot be reached at the moment (the database is down, restarting, or refuses
 * connections): nothing of the use-case call was stored, and the same call may succeed later.
 * Storage adapters throw it from {@link TransactionPort#inTransaction} instead of their own driver's
 * exceptions, so that callers can tell "try again later" from a failure of the application.
 */
public class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
