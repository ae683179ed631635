package org.hrcities.platform.adapter.in.web.site.city;

import java.util.List;
import org.hrcities.platform.adapter.in.web.site.EventCard;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;

/** One partner city, a page of the posts about it and its upcoming events. */
public record CityPage(CityRow city, List<PostCard> posts, long totalPosts, Pager pager, List<EventCard> events) {

    /** How many of a city's upcoming events its page shows. */
    public static final int UPCOMING_EVENTS = 10;

    /** A city's page without events. */
    public CityPage(CityRow city, List<PostCard> posts, long totalPosts, Pager pager) {
        this(city, posts, totalPosts, pager, List.of());
    }

    /** The address of the city's calendar of events. */
    public String calendarHref() {
        return city.href() + "/events.ics";
    }
}
