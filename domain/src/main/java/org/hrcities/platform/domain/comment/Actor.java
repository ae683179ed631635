package org.hrcities.platform.domain.comment;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Text;

/**
 * Who took a moderation decision: a rule applied on arrival (its id, such as {@code too-many-links}),
 * or a person, named by the account id and display name the caller gives. No account type is needed here.
 */
public record Actor(Kind kind, String id, String displayName) {

    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    /** A rule or a person. */
    public enum Kind {
        RULE,
        PERSON
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        id = Text.requireSingleLine("actorId", id, MAX_ID_LENGTH);
        displayName = Text.requireSingleLine("actorName", displayName, MAX_DISPLAY_NAME_LENGTH);
    }

    /** A rule on arrival; its id is also its display name. */
    public static Actor rule(String ruleId) {
        return new Actor(Kind.RULE, ruleId, ruleId);
    }

    /** A moderator, by account id and the name shown in the history. */
    public static Actor person(String accountId, String displayName) {
        return new Actor(Kind.PERSON, accountId, displayName);
    }
}
