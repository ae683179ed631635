package org.hrcities.platform.domain.privacy;

import org.hrcities.platform.domain.shared.DomainException;

/** A step of a request that its state does not allow: its link ran out, or it was used already. */
public class DataRequestNotAllowedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why the step is refused. */
    public enum Reason {
        /** The link's time is over. */
        EXPIRED,
        /** The request was confirmed, or its copy downloaded, already. */
        USED
    }

    private final Reason reason;

    public DataRequestNotAllowedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
