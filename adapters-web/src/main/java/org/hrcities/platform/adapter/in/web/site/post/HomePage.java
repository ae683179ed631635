package org.hrcities.platform.adapter.in.web.site.post;

import java.util.List;
import org.hrcities.platform.adapter.in.web.site.EventCard;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;

/** The latest published posts, a page at a time, and the next events. */
public record HomePage(List<PostCard> posts, Pager pager, List<EventCard> events) {

    /** How many of the next events the home page shows. */
    public static final int NEXT_EVENTS = 3;

    /** The posts without events. */
    public HomePage(List<PostCard> posts, Pager pager) {
        this(posts, pager, List.of());
    }
}
