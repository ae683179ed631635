package org.hrcities.platform.domain.privacy;

/** Where a request stands, as staff see it. */
public enum DataRequestState {
    /** The confirmation link was mailed and not followed yet. */
    AWAITING_CONFIRMATION,
    /** Confirmed: for an export, the copy waits to be downloaded. */
    CONFIRMED,
    /** Done: the copy was downloaded, or the data erased. */
    COMPLETED,
    /** Its confirmation link, or its download link, ran out before it was used. */
    EXPIRED
}
