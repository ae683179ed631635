package org.hrcities.platform.adapter.in.web.site.event;

import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.adapter.in.web.site.EventCard;
import org.hrcities.platform.adapter.in.web.site.Pager;

/**
 * A page of the list of events: the upcoming ones first (soonest first), then the past ones (most
 * recent first), each part under its heading where it starts on this page.
 */
public record EventsPage(List<Row> rows, long totalEvents, Pager pager) {

    /** An event in the list, with the heading that comes before it ("Upcoming", "Past") or null. */
    public record Row(String heading, EventCard event) {
    }

    public static EventsPage of(List<EventCard> events, long totalEvents, Pager pager) {
        List<Row> rows = new ArrayList<>(events.size());
        Boolean previousOver = null;
        for (EventCard event : events) {
            String heading = null;
            if (previousOver == null || previousOver != event.over()) {
                heading = event.over() ? "Past" : "Upcoming";
            }
            rows.add(new Row(heading, event));
            previousOver = event.over();
        }
        return new EventsPage(List.copyOf(rows), totalEvents, pager);
    }
}
