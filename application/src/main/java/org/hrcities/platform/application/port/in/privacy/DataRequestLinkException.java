package org.hrcities.platform.application.port.in.privacy;

import java.util.Objects;

/** A link from a data request's mail that does nothing: unknown or altered, ran out, or used already. */
public class DataRequestLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the link. */
    public enum Problem {
        /** Not a link the site made (mistyped, cut, altered), or for a request no longer stored. */
        INVALID,
        /** Its time is over. */
        EXPIRED,
        /** The request was confirmed, or the copy downloaded, already. */
        USED
    }

    private final Problem problem;

    public DataRequestLinkException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
