package org.hrcities.platform.application.port.in.event;

import java.util.Objects;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventId;

/** An editor replaces what an event says, as read at {@code expectedVersion}. */
public record EditEventCommand(EventId id, long expectedVersion, EventDetails details) {

    public EditEventCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        EventChange.requireVersion(expectedVersion);
    }
}
