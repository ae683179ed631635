package org.hrcities.platform.adapter.in.web.api.event;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * An event as editors see it, draft or published, with its version (the ETag). {@code status} is
 * SCHEDULED, POSTPONED or CANCELLED; {@code previousTiming} is the date a postponed event had;
 * {@code attendance} is IN_PERSON, ONLINE or MIXED; {@code sequence} counts the changes calendars
 * have been told of.
 */
public record AdminEventResponse(String id, String slug, String title, String description, EventTimingResponse timing,
                                 EventTimingResponse previousTiming, String city, String address, String onlineLink,
                                 String attendance, String registration, List<String> organisers, List<String> posts,
                                 boolean published, Instant publishedAt, String status, int sequence, Instant createdAt,
                                 Instant updatedAt, long version, String url) {

    public static AdminEventResponse from(Event event) {
        return new AdminEventResponse(event.id().toString(), event.slug().value(), event.title(), event.description(),
                EventTimingResponse.from(event.timing()), event.previousTiming().map(EventTimingResponse::from).orElse(null),
                event.place().partnerCity().map(PartnerCityId::toString).orElse(null),
                event.place().hasAddress() ? event.place().address() : null,
                event.place().online().map(WebsiteUrl::value).orElse(null), event.place().attendanceMode().name(),
                event.registration().map(WebsiteUrl::value).orElse(null),
                event.organisers().stream().map(PartnerCityId::toString).toList(),
                event.posts().stream().map(PostId::toString).toList(), event.isPublished(),
                event.publishedAt().orElse(null), event.status().name(), event.sequence(), event.createdAt(),
                event.updatedAt(), event.version(), "/api/admin/events/" + event.id());
    }
}
