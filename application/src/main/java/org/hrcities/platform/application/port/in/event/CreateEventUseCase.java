package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.event.Event;

/** An editor plans an event. */
public interface CreateEventUseCase {

    /**
     * @throws org.hrcities.platform.domain.shared.InvalidValueException if a partner city or post it names does not exist
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another event has the slug
     */
    Event createEvent(CreateEventCommand command);
}
