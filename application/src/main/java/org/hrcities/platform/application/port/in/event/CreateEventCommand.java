package org.hrcities.platform.application.port.in.event;

import java.util.Objects;
import org.hrcities.platform.domain.event.EventDetails;

/** An editor plans an event: it starts as a draft, published at once when {@code publish} says so. */
public record CreateEventCommand(EventDetails details, boolean publish) {

    public CreateEventCommand {
        Objects.requireNonNull(details, "details");
    }
}
