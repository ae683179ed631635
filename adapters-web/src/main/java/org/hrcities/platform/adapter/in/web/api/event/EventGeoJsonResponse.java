package org.hrcities.platform.adapter.in.web.api.event;

import java.util.List;
import org.hrcities.platform.adapter.in.web.api.city.GeoJsonResponse;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventTiming;

/**
 * Events as a GeoJSON (RFC 7946) FeatureCollection, for maps: one Point feature per event held in a
 * partner city, at that city's location (an event held elsewhere or online only has no point and is
 * left out).
 */
public record EventGeoJsonResponse(String type, List<Feature> features) {

    /** An event as a feature: its city's place, and what a map's label needs. */
    public record Feature(String type, GeoJsonResponse.Point geometry, Properties properties) {
    }

    /** What a feature says of its event: {@code start} and {@code end} as ISO 8601 with offset. */
    public record Properties(String slug, String title, String start, String end, boolean allDay, String timeZone,
                             String status, String city, String citySlug, String url, String pageUrl) {
    }

    public static EventGeoJsonResponse from(List<ListedEvent> events) {
        return new EventGeoJsonResponse("FeatureCollection", events.stream()
                .filter(listed -> listed.city().isPresent())
                .map(listed -> feature(listed.event(), listed.city().get()))
                .toList());
    }

    private static Feature feature(Event event, PartnerCity city) {
        EventTiming timing = event.timing();
        String slug = event.slug().value();
        return new Feature("Feature", new GeoJsonResponse.Point("Point",
                List.of(city.location().longitude(), city.location().latitude())),
                new Properties(slug, event.title(), EventTimeResponse.from(timing.start(), timing).instant(),
                        EventTimeResponse.from(timing.end(), timing).instant(), timing.allDay(), timing.zone().getId(),
                        event.status().name(), city.name(), city.slug().value(), "/api/events/" + slug,
                        "/events/" + slug));
    }
}
