package org.hrcities.platform.adapter.in.web.api.event;

import java.time.LocalDateTime;
import org.hrcities.platform.adapter.in.web.render.EventTimes;
import org.hrcities.platform.domain.event.EventTiming;

/**
 * A moment of an event: as the clocks show it where the event is held ({@code local}, with its
 * {@code timeZone}) and as an ISO 8601 date-time with the offset the zone had then ({@code instant}).
 */
public record EventTimeResponse(String local, String timeZone, String instant) {

    public static EventTimeResponse from(LocalDateTime local, EventTiming timing) {
        return new EventTimeResponse(local.toString(), timing.zone().getId(), EventTimes.iso(local, timing));
    }
}
