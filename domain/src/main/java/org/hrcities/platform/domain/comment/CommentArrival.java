package org.hrcities.platform.domain.comment;

import java.time.Duration;
import java.util.Objects;

/**
 * A new comment as the rules on arrival see it.
 *
 * @param commenter who wrote it
 * @param text what they wrote
 * @param senderAddress the network address it came from; null when unknown
 * @param honeypotFilled whether a form field hidden from people was filled in
 * @param fillTime how long after the form was served it was sent; null for API clients
 * @param knownCommenter whether the commenter (same name and email, ignoring case) has an approved comment already
 */
public record CommentArrival(Commenter commenter, CommentText text, String senderAddress, boolean honeypotFilled,
                             Duration fillTime, boolean knownCommenter) {

    public CommentArrival {
        Objects.requireNonNull(commenter, "commenter");
        Objects.requireNonNull(text, "text");
    }
}
