package org.hrcities.platform.application.port.in.event;

import java.time.Instant;
import java.util.Objects;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Published events in a period, as the JSON API and calendars ask for them: those that end after
 * {@code from} and start before {@code to}, soonest first.
 *
 * @param fromOrNull no bound when null
 * @param toOrNull   no bound when null; after {@code from}
 * @param cityOrNull only the events this partner city hosts or organises
 * @param page       which page
 */
public record FindEventsQuery(Instant fromOrNull, Instant toOrNull, Slug cityOrNull, PageRequest page) {

    public FindEventsQuery {
        Objects.requireNonNull(page, "page");
        if (fromOrNull != null && toOrNull != null && !toOrNull.isAfter(fromOrNull)) {
            throw new InvalidValueException("to", "to must be after from");
        }
    }
}
