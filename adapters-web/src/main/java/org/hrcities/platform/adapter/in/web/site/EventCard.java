package org.hrcities.platform.adapter.in.web.site;

import org.hrcities.platform.adapter.in.web.render.EventTimes;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventStatus;

/**
 * A published event in a list: its title, when (in its own zone, named), where ("Online" for an
 * event held online only), the partner city it is held in, its status and whether it is over.
 *
 * @param when      "Wed 20 Jan 2021, 14:00–16:00 (Europe/Brussels time)"
 * @param startIso  the start for a {@code <time datetime>}
 * @param place     the address, "Online", or the address followed by " and online"
 * @param city      the partner city it is held in, or null
 * @param status    "Cancelled", "Postponed", or null when it takes place as announced
 */
public record EventCard(String slug, String title, String when, String startIso, String place, CityLink city,
                        String status, boolean over) {

    /** The event as a list shows it in English. */
    public static EventCard of(ListedEvent listed) {
        return of(listed, Texts.of(Texts.SITE, Language.parse("en")));
    }

    /** The event as a list shows it in the language of {@code texts}. */
    public static EventCard of(ListedEvent listed, Texts texts) {
        Event event = listed.event();
        return new EventCard(event.slug().value(), event.title(), EventTimes.brief(event.timing(), texts),
                EventTimes.isoStart(event.timing()), place(event, texts), listed.city().map(CityLink::of).orElse(null),
                statusLabel(event.status(), texts), listed.over());
    }

    /** Where the event is held, in a few words. */
    public static String place(Event event, Texts texts) {
        return switch (event.place().attendanceMode()) {
            case ONLINE -> texts.t("event.online");
            case IN_PERSON -> event.place().address();
            case MIXED -> texts.t("event.inPersonAndOnline", event.place().address());
        };
    }

    /** The badge a status shows, or null when the event takes place as announced. */
    public static String statusLabel(EventStatus status, Texts texts) {
        return switch (status) {
            case SCHEDULED -> null;
            case POSTPONED -> texts.t("event.status.postponed");
            case CANCELLED -> texts.t("event.status.cancelled");
        };
    }

    public String href() {
        return "/events/" + slug;
    }
}
