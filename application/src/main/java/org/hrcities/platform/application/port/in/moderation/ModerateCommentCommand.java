package org.hrcities.platform.application.port.in.moderation;

import java.util.Objects;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** A moderator's action on one comment, with an optional reason for the log. */
public record ModerateCommentCommand(ModerationTarget target, ModerationAction action, Actor actor, String reason) {

    public ModerateCommentCommand {
        Objects.requireNonNull(target, "target");
        action = ModerateCommentsCommand.moderatorAction(action);
        Objects.requireNonNull(actor, "actor");
        reason = ModerationRecord.optionalReason(reason);
        if (actor.kind() != Actor.Kind.PERSON) {
            throw new InvalidValueException("actor", "moderators are people");
        }
    }
}
