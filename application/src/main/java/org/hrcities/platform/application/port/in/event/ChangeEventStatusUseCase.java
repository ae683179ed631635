package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.event.Event;

/** An editor publishes, withdraws, postpones, cancels or reinstates an event. */
public interface ChangeEventStatusUseCase {

    /**
     * @throws EventNotFoundException if no event has the id
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if it changed since it was read
     * @throws org.hrcities.platform.domain.event.EventStateException if the change does not fit its state
     */
    Event changeEventStatus(EventChange change);
}
