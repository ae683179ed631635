package org.hrcities.platform.application.port.in.migration;

/**
 * A category or tag of the exported site. {@code key} identifies it there ("category:cities",
 * "tag:housing"); posts name their topics by it.
 */
public record ExportedTopic(String key, String slug, String name, String description) {
}
