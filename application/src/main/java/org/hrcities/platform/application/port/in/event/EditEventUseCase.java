package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.event.Event;

/** An editor changes an event. */
public interface EditEventUseCase {

    /**
     * @throws EventNotFoundException if no event has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if it changed since it was read
     */
    Event editEvent(EditEventCommand command);
}
