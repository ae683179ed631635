package org.hrcities.platform.adapter.in.web.api.event;

import java.util.List;
import org.hrcities.platform.adapter.in.web.api.shared.PartnerCityRefResponse;
import org.hrcities.platform.adapter.in.web.api.shared.PostRefResponse;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A published event. {@code description} is the Markdown the editor wrote, {@code descriptionHtml}
 * the same rendered and sanitised as on the site. {@code start} and {@code end} are in the event's
 * {@code timeZone}; an all-day event starts at midnight of its first day and ends at midnight after
 * its last (as in iCalendar). {@code previousStart} is the start a postponed event had before (left
 * out otherwise). {@code organisers} and {@code posts} are in the editor's order; {@code url} is this
 * resource, {@code pageUrl} the event's page and {@code icsUrl} its calendar file.
 */
public record EventResponse(String id, String slug, String title, String description, String descriptionHtml,
                            EventTimeResponse start, EventTimeResponse end, boolean allDay, String timeZone,
                            String status, EventTimeResponse previousStart, String attendanceMode,
                            EventPlaceResponse place, String registrationLink, List<PartnerCityRefResponse> organisers,
                            List<PostRefResponse> posts, boolean over, String url, String pageUrl, String icsUrl) {

    public static EventResponse from(EventView view) {
        Event event = view.event();
        EventTiming timing = event.timing();
        String slug = event.slug().value();
        return new EventResponse(event.id().toString(), slug, event.title(), event.description(),
                Markdown.toHtml(event.description()).value(), EventTimeResponse.from(timing.start(), timing),
                EventTimeResponse.from(timing.end(), timing), timing.allDay(), timing.zone().getId(),
                event.status().name(),
                event.previousTiming().map(previous -> EventTimeResponse.from(previous.start(), previous)).orElse(null),
                event.place().attendanceMode().name(), EventPlaceResponse.from(event.place(), view.city()),
                event.registration().map(WebsiteUrl::value).orElse(null),
                view.organisers().stream().map(PartnerCityRefResponse::from).toList(),
                view.posts().stream().map(PostRefResponse::from).toList(), view.over(), "/api/events/" + slug,
                "/events/" + slug, "/events/" + slug + ".ics");
    }
}
