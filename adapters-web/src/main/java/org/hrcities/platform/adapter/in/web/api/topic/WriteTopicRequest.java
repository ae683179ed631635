package org.hrcities.platform.adapter.in.web.api.topic;

/**
 * The body of {@code POST /api/admin/topics} and {@code PUT /api/admin/topics/{id}}: what a topic
 * says. A blank or missing {@code slug} is derived from the name (new topic) or kept (change);
 * {@code description} is Markdown and may be missing.
 */
public record WriteTopicRequest(String slug, String name, String description) {
}
