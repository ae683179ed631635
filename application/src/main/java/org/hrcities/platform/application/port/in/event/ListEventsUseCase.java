package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.shared.Page;

/** Visitors browse the published events: upcoming ones first, then past ones. */
public interface ListEventsUseCase {

    /** @throws org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException if no city has the slug */
    Page<ListedEvent> listEvents(ListEventsQuery query);
}
