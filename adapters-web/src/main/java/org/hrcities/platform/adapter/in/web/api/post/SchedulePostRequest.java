package org.hrcities.platform.adapter.in.web.api.post;

/** The body of {@code POST /api/admin/posts/{id}/schedule}: when to publish, an ISO 8601 instant. */
public record SchedulePostRequest(String publishAt) {
}
