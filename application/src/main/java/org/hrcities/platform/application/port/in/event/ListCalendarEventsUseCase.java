package org.hrcities.platform.application.port.in.event;

import java.time.Duration;
import java.util.List;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The events a subscribed calendar holds: every published event not over yet and those that ended
 * in the last {@link #RECENT} (cancelled ones included, so that calendars show them cancelled), at
 * most {@value #MAX_EVENTS}, soonest first.
 */
public interface ListCalendarEventsUseCase {

    Duration RECENT = Duration.ofDays(180);
    int MAX_EVENTS = 1_000;

    /**
     * @param cityOrNull only the events this partner city hosts or organises; null for all
     * @throws org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException if no city has the slug
     */
    List<ListedEvent> listCalendarEvents(Slug cityOrNull);
}
