package org.hrcities.platform.application.port.in.event;

import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.Event;

/**
 * An event as lists show it.
 *
 * @param event the event
 * @param city  the partner city it is held in, if any
 * @param over  whether it had ended when the list was read
 */
public record ListedEvent(Event event, Optional<PartnerCity> city, boolean over) {

    public ListedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(city, "city");
    }
}
