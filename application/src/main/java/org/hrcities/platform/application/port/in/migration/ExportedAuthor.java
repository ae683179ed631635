package org.hrcities.platform.application.port.in.migration;

/** An author of the exported site: the login that posts name, the name readers saw, and their email address (may be empty). */
public record ExportedAuthor(String login, String displayName, String email) {
}
