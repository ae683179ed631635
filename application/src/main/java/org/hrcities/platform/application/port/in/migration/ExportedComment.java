package org.hrcities.platform.application.port.in.migration;

import java.time.Instant;

/**
 * A comment of the exported site.
 *
 * @param parentSourceId the id of the comment it answers there, or null
 * @param email          may be empty: the exported site may not have asked for one
 * @param website        may be empty
 * @param senderAddress  the network address it came from there, or empty
 */
public record ExportedComment(String sourceId, String parentSourceId, Kind kind, State state, String name,
                              String email, String website, String senderAddress, Instant submittedAt,
                              String text) {

    /** A reader's comment, or a notice another site sent that it links to the post. */
    public enum Kind {
        COMMENT, PINGBACK, TRACKBACK
    }

    /** Where the comment stood in moderation there. */
    public enum State {
        APPROVED, PENDING, SPAM, TRASH
    }
}
