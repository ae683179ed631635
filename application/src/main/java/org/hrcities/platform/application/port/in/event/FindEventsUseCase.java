package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.shared.Page;

/** Published events in a period, for the JSON API. */
public interface FindEventsUseCase {

    /** @throws org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException if no city has the slug */
    Page<ListedEvent> findEvents(FindEventsQuery query);
}
