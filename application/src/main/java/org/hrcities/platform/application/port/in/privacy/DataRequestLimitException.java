package org.hrcities.platform.application.port.in.privacy;

import java.time.Duration;
import java.util.Objects;

/** Too many requests lately for one email address, or from one network address; ask again after {@link #retryAfter()}. */
public class DataRequestLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public DataRequestLimitException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
