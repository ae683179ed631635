package org.hrcities.platform.domain.comment;

import java.util.Objects;

/**
 * What the rules on arrival decided for a new comment: its status, the stable id of the rule that
 * decided ({@code honeypot}, {@code too-many-links}, ...) and a reason a moderator can read.
 */
public record ModerationDecision(ModerationStatus status, String rule, String reason) {

    public ModerationDecision {
        Objects.requireNonNull(status, "status");
        if (status == ModerationStatus.TRASH) {
            throw new IllegalArgumentException("no rule on arrival throws a comment away");
        }
        if (rule == null || rule.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision names its rule and its reason");
        }
    }
}
