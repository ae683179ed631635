package org.hrcities.platform.domain.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * What a member of staff may do. Each role includes the permissions of the roles below it:
 * an administrator may do everything an editor may, and an editor everything a moderator may.
 */
public enum Role {
    /** Moderates comments. */
    MODERATOR(EnumSet.of(Permission.MODERATE_COMMENTS)),
    /** Writes, publishes and schedules posts and events, and moderates comments. */
    EDITOR(EnumSet.of(Permission.MODERATE_COMMENTS, Permission.WRITE_POSTS, Permission.MANAGE_EVENTS)),
    /** Everything an editor does, plus staff accounts, partner cities and site settings. */
    ADMINISTRATOR(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** The roles that hold {@code permission}. */
    public static Set<Role> holding(Permission permission) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).filter(role -> role.may(permission)).forEach(roles::add);
        return roles;
    }

    /** Reads a role name as typed ("editor", "EDITOR"). */
    public static Role parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("role", "role is required");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("role", "role must be one of administrator, editor, moderator");
        }
    }

    /** The name people read: "administrator", "editor", "moderator". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
