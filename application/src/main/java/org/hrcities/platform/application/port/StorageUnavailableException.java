package org.hrcities.platform.application.port;

/**
 * The storage cannot be reached at the moment (the database is down, restarting, or refuses
 * connections): nothing of the use-case call was stored, and the same call may succeed later.
 * Storage adapters throw it from
 * {@link org.hrcities.platform.application.port.out.TransactionPort#inTransaction} instead of their
 * own driver's exceptions, so that callers can tell "try again later" from a failure of the application.
 * It lives beside the two port packages, in neither: the outbound side throws it and the inbound
 * side's callers (the web adapter, which may not see {@code port.out}) answer it.
 */
public class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
