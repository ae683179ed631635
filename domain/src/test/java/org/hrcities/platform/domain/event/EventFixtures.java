package org.hrcities.platform.domain.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Events for tests. */
public final class EventFixtures {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    public static final Instant CREATED = Instant.parse("2020-12-01T09:00:00Z");

    private EventFixtures() {
    }

    /** The network's roundtable with the UN Special Rapporteur, 20 January 2021, 14:00 to 16:00 in Brussels, online. */
    public static EventDetails roundtable() {
        return details("roundtable-extreme-poverty", "Roundtable on extreme poverty and human rights",
                EventTiming.at(LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T16:00"), BRUSSELS),
                EventPlace.online(new WebsiteUrl("https://meet.example/roundtable")), List.of());
    }

    /** A timed meeting held at an address in {@code city}. */
    public static EventDetails meetingIn(PartnerCityId city, String slug, LocalDateTime start, ZoneId zone) {
        return details(slug, "Meeting " + slug, EventTiming.at(start, start.plusHours(2), zone),
                EventPlace.at(city, "Town hall, Main Square 1"), List.of());
    }

    public static EventDetails details(String slug, String title, EventTiming timing, EventPlace place,
                                       List<PartnerCityId> organisers) {
        return new EventDetails(new Slug(slug), title, "What the event is about.", timing, place,
                new WebsiteUrl("https://register.example/" + slug), organisers, List.of());
    }

    public static Event aDraft(EventDetails details) {
        return Event.plan(EventId.generate(), details, CREATED);
    }

    public static Event aPublished(EventDetails details) {
        Event event = aDraft(details);
        event.publish(CREATED.plusSeconds(60));
        return event;
    }
}
