package org.hrcities.platform.application.port.in.migration;

/** An author of the exported site: the login that posts name, and the name readers saw. */
public record ExportedAuthor(String login, String displayName) {
}
