package org.hrcities.platform.adapter.in.web.admin;

import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.domain.account.Permission;

/**
 * The admin's navigation for the signed-in member: the sections their role opens (pages and the
 * media library, like posts and topics, for those who may write posts), the one being
 * shown, and the CSRF token of the sign-out form.
 */
public record AdminNav(String displayName, String role, String section, String token, boolean posts, boolean comments,
                       boolean cities, boolean accounts, boolean settings, boolean imports,
                       boolean pages, boolean media, boolean privacy, boolean events) {

    /** A navigation without the events. */
    public AdminNav(String displayName, String role, String section, String token, boolean posts, boolean comments,
                    boolean cities, boolean accounts, boolean settings, boolean imports, boolean pages, boolean media,
                    boolean privacy) {
        this(displayName, role, section, token, posts, comments, cities, accounts, settings, imports, pages, media, privacy,
                false);
    }

    /** A navigation without the privacy requests and the events. */
    public AdminNav(String displayName, String role, String section, String token, boolean posts, boolean comments,
                    boolean cities, boolean accounts, boolean settings, boolean imports, boolean pages, boolean media) {
        this(displayName, role, section, token, posts, comments, cities, accounts, settings, imports, pages, media, false);
    }

    public static AdminNav of(StaffMember member, String section, String token) {
        return new AdminNav(member.displayName(), member.role().label(), section, token,
                member.may(Permission.WRITE_POSTS), member.may(Permission.MODERATE_COMMENTS),
                member.may(Permission.MANAGE_PARTNER_CITIES), member.may(Permission.MANAGE_ACCOUNTS),
                member.may(Permission.MANAGE_SETTINGS), member.may(Permission.IMPORT_SITE),
                member.may(Permission.WRITE_POSTS), member.may(Permission.WRITE_POSTS),
                member.may(Permission.HANDLE_PRIVACY_REQUESTS), member.may(Permission.MANAGE_EVENTS));
    }

    /** "page" for the current section's link, null otherwise (jte then leaves the attribute out). */
    public String current(String name) {
        return name.equals(section) ? "page" : null;
    }
}
