package org.hrcities.platform.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Text;

/**
 * A member of staff who signs in to the admin: identified by an email address, shown by a display
 * name, allowed what the role allows. A disabled account cannot sign in, but its name stays on what
 * it did. The member may choose the language the admin speaks to them in; without a choice it speaks
 * the site's default language.
 */
public final class Account {

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;

    private final AccountId id;
    private EmailAddress email;
    private String displayName;
    private Role role;
    private PasswordHash passwordHash;
    private boolean enabled;
    private Language adminLanguage;
    private final Instant createdAt;
    private final long version;

    private Account(AccountId id, EmailAddress email, String displayName, Role role, PasswordHash passwordHash,
                    boolean enabled, Language adminLanguage, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = validDisplayName(displayName);
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.enabled = enabled;
        this.adminLanguage = adminLanguage;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
    }

    /** Opens a new, enabled account. */
    public static Account open(AccountId id, EmailAddress email, String displayName, Role role,
                               PasswordHash passwordHash, Instant at) {
        return new Account(id, email, displayName, role, passwordHash, true, null, at, 0);
    }

    /** Rebuilds a stored account exactly as it was saved; used by storage adapters. */
    public static Account reconstitute(AccountId id, EmailAddress email, String displayName, Role role,
                                       PasswordHash passwordHash, boolean enabled, Optional<Language> adminLanguage,
                                       Instant createdAt, long version) {
        return new Account(id, email, displayName, role, passwordHash, enabled, adminLanguage.orElse(null), createdAt,
                version);
    }

    public static String validDisplayName(String displayName) {
        return Text.requireSingleLine("displayName", displayName, MAX_DISPLAY_NAME_LENGTH);
    }

    public void rename(String newDisplayName) {
        displayName = validDisplayName(newDisplayName);
    }

    public void changeEmail(EmailAddress newEmail) {
        email = Objects.requireNonNull(newEmail, "email");
    }

    public void assignRole(Role newRole) {
        role = Objects.requireNonNull(newRole, "role");
    }

    public void changePassword(PasswordHash newHash) {
        passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    /** The member chooses the language the admin speaks to them in; empty: the site's default language. */
    public void chooseAdminLanguage(Optional<Language> language) {
        adminLanguage = Objects.requireNonNull(language, "language").orElse(null);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public boolean may(Permission permission) {
        return enabled && role.may(permission);
    }

    public AccountId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The language the member chose for the admin; empty when they keep the site's default. */
    public Optional<Language> adminLanguage() {
        return Optional.ofNullable(adminLanguage);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && account.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + role.label() + (enabled ? "" : ", disabled") + "]";
    }
}
