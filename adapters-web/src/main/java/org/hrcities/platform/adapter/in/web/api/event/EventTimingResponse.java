package org.hrcities.platform.adapter.in.web.api.event;

import java.time.format.DateTimeFormatter;
import org.hrcities.platform.adapter.in.web.input.EventTimes;
import org.hrcities.platform.domain.event.EventTiming;

/**
 * When an event takes place, as an editor gave it and as the instants it names: {@code start} and
 * {@code end} are local to {@code timeZone} (for an all-day event: its first and last day, both
 * included); {@code startsAt} and {@code endsAt} are the same moments with their UTC offset there
 * (for an all-day event: midnight at the start of the first day and after the last).
 */
public record EventTimingResponse(String start, String end, String timeZone, boolean allDay, String startsAt,
                                  String endsAt) {

    public static EventTimingResponse from(EventTiming timing) {
        String start = timing.allDay() ? timing.firstDay().toString() : EventTimes.inputValue(timing.start());
        String end = timing.allDay() ? timing.lastDay().toString() : EventTimes.inputValue(timing.end());
        return new EventTimingResponse(start, end, timing.zone().getId(), timing.allDay(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timing.startInstant().atZone(timing.zone()).toOffsetDateTime()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timing.endInstant().atZone(timing.zone()).toOffsetDateTime()));
    }
}
