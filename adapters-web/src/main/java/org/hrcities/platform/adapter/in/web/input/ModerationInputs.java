package org.hrcities.platform.adapter.in.web.input;

import java.util.Locale;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.application.port.in.moderation.StatusFilter;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * The moderation inputs the admin pages and the admin API share, as they spell them: a status tab
 * ({@code pending}, {@code approved}, {@code spam}, {@code trash}, {@code all}), an action
 * ({@code approve}, {@code hold}, {@code spam}, {@code trash}, {@code restore}, {@code delete}), a post's id.
 */
public final class ModerationInputs {

    private ModerationInputs() {
    }

    /** The tab; pending when none is given. */
    public static StatusFilter statusFilter(String field, String text) {
        if (text == null || text.isBlank()) {
            return StatusFilter.PENDING;
        }
        try {
            return StatusFilter.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + " must be one of pending, approved, spam, trash, reported, all");
        }
    }

    /** A moderator's action (never the arrival, which only the rules record). */
    public static ModerationAction action(String field, String text) {
        if (text != null) {
            for (ModerationAction action : ModerationAction.values()) {
                if (action.isModeratorAction() && action.name().equalsIgnoreCase(text.strip())) {
                    return action;
                }
            }
        }
        throw new InvalidValueException(field, field + " must be one of approve, hold, spam, trash, restore, delete");
    }

    /** The post filter; null when none is given. */
    public static PostId post(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PostId.parse(text.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, field + " must be the id (a UUID) of a post");
        }
    }

    /** How the moderation log names the signed-in member. */
    public static Actor actor(StaffMember member) {
        return Actor.person(member.id().toString(), member.displayName());
    }

    /** The lower-case name of a status or action, as the API and the pages spell it. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
