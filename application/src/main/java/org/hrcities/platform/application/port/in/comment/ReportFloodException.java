package org.hrcities.platform.application.port.in.comment;

import java.time.Duration;
import java.util.Objects;

/** The reader sent a report moments ago; they may send another after {@link #retryAfter()}. */
public class ReportFloodException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public ReportFloodException(Duration retryAfter) {
        super("you are sending reports too quickly; wait " + retryAfter.toSeconds() + " s and try again");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long to wait before sending again, in whole seconds and at least one (for a Retry-After header). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
