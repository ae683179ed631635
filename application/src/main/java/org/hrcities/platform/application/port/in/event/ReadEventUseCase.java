package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.shared.Slug;

/** A visitor opens a published event. */
public interface ReadEventUseCase {

    /** @throws EventNotFoundException if no published event has the slug */
    EventView readEvent(Slug slug);
}
