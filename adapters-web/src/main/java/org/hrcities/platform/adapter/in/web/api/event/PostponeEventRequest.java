package org.hrcities.platform.adapter.in.web.api.event;

/**
 * The body of {@code POST /api/admin/events/{id}/postpone}: the event's new date, read like a
 * {@link WriteEventRequest}'s. A missing {@code timeZone} or {@code allDay} keeps the event's own.
 */
public record PostponeEventRequest(String start, String end, String timeZone, Boolean allDay) {
}
