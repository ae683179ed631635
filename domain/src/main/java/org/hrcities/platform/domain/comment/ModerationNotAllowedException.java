package org.hrcities.platform.domain.comment;

import java.util.Locale;
import org.hrcities.platform.domain.shared.DomainException;

/** The moderation action does not apply to a comment in its current status (approving a trashed comment, ...). */
public class ModerationNotAllowedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final ModerationAction action;
    private final ModerationStatus status;

    public ModerationNotAllowedException(ModerationAction action, ModerationStatus status) {
        super("a comment in " + status.name().toLowerCase(Locale.ROOT) + " cannot be given the action "
                + action.name().toLowerCase(Locale.ROOT) + hint(action));
        this.action = action;
        this.status = status;
    }

    private static String hint(ModerationAction action) {
        return switch (action) {
            case DELETE -> "; only comments in trash or spam can be deleted for good";
            case APPROVE -> "; restore a trashed comment first";
            default -> "";
        };
    }

    public ModerationAction action() {
        return action;
    }

    public ModerationStatus status() {
        return status;
    }
}
