package org.hrcities.platform.adapter.in.web.site.event;

import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.domain.shared.Language;
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

    /** The page with its headings in English. */
    public static EventsPage of(List<EventCard> events, long totalEvents, Pager pager) {
        return of(events, totalEvents, pager, Texts.of(Texts.SITE, Language.parse("en")));
    }

    /** The page with its headings in the language of {@code texts}. */
    public static EventsPage of(List<EventCard> events, long totalEvents, Pager pager, Texts texts) {
        List<Row> rows = new ArrayList<>(events.size());
        Boolean previousOver = null;
        for (EventCard event : events) {
            String heading = null;
            if (previousOver == null || previousOver != event.over()) {
                heading = texts.t(event.over() ? "events.past" : "events.upcoming");
            }
            rows.add(new Row(heading, event));
            previousOver = event.over();
        }
        return new EventsPage(List.copyOf(rows), totalEvents, pager);
    }
}
