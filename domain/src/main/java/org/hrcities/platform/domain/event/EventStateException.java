package org.hrcities.platform.domain.event;

import org.hrcities.platform.domain.shared.DomainException;

/** The change asked of an event does not fit the state it is in (cancelling a cancelled event, say). */
public class EventStateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EventStateException(String message) {
        super(message);
    }
}
