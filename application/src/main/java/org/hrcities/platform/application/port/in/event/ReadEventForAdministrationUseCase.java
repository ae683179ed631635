package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventId;

/** Staff open any event, a draft too. */
public interface ReadEventForAdministrationUseCase {

    /** @throws EventNotFoundException if no event has the id */
    Event readEventForAdministration(EventId id);
}
