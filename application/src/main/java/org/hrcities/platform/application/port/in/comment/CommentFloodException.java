package org.hrcities.platform.application.port.in.comment;

import java.time.Duration;
import java.util.Objects;

/** The sender (by address or email) commented moments ago; they may send again after {@link #retryAfter()}. */
public class CommentFloodException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public CommentFloodException(Duration retryAfter) {
        super("you are posting comments too quickly; slow down and try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long to wait before sending again, in whole seconds and at least one (for a Retry-After header). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
