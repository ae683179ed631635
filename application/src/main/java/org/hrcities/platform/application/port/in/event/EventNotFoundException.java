package org.hrcities.platform.application.port.in.event;

import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.shared.Slug;

/**
 * No event is there: for staff, none has the id; for visitors, no published event answers at the
 * slug (a draft is not there for them).
 */
public class EventNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventNotFoundException(EventId id) {
        super("no event has the id " + id);
    }

    public EventNotFoundException(Slug slug) {
        super("no event has the slug \"" + slug + "\"");
    }
}
