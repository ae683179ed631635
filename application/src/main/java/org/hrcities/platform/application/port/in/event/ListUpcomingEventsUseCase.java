package org.hrcities.platform.application.port.in.event;

import java.util.List;
import org.hrcities.platform.domain.city.PartnerCityId;

/** What comes next: the soonest published events not over yet (the home page's three, a city's list). */
public interface ListUpcomingEventsUseCase {

    int MAX_LIMIT = 100;

    /**
     * The soonest published events not over yet, running ones included, at most {@code limit}
     * (1 to {@value #MAX_LIMIT}); only those {@code cityOrNull} hosts or organises when it is given.
     */
    List<ListedEvent> listUpcomingEvents(PartnerCityId cityOrNull, int limit);
}
