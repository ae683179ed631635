package org.hrcities.platform.adapter.in.web.api.event;

import org.hrcities.platform.domain.event.Event;

/** An event in the editors' list: enough to pick it, with the address of the whole of it. */
public record AdminEventSummaryResponse(String id, String slug, String title, EventTimingResponse timing,
                                        boolean published, String status, long version, String url) {

    public static AdminEventSummaryResponse from(Event event) {
        return new AdminEventSummaryResponse(event.id().toString(), event.slug().value(), event.title(),
                EventTimingResponse.from(event.timing()), event.isPublished(), event.status().name(), event.version(),
                "/api/admin/events/" + event.id());
    }
}
