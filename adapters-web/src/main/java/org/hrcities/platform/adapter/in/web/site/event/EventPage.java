package org.hrcities.platform.adapter.in.web.site.event;

import java.util.List;
import org.hrcities.platform.adapter.in.web.render.SafeHtml;
import org.hrcities.platform.adapter.in.web.site.CityLink;

/**
 * Everything the page of one event shows.
 *
 * @param when          "Wednesday 20 January 2021, 14:00–16:00 (Europe/Brussels time)"
 * @param startIso      the start for a {@code <time datetime>}
 * @param status        "Cancelled", "Postponed" or null
 * @param previousWhen  for a postponed event, when it was first planned; null otherwise
 * @param address       the venue's address, or "" for an event held online only
 * @param city          the partner city it is held in, or null
 * @param onlineLink    where to join online, or null
 * @param registration  where to register, or null
 * @param organisers    the partner cities that organise it
 * @param posts         the posts that announce it or report on it
 * @param description   the description, rendered and sanitised as a post's body
 * @param jsonLd        its schema.org Event, safe to print inside a script element
 */
public record EventPage(String slug, String title, String when, String startIso, String status, boolean cancelled,
                        String previousWhen, boolean over, String address, CityLink city, String onlineLink,
                        String registration, List<CityLink> organisers, List<PostLink> posts, SafeHtml description,
                        String jsonLd) {

    /** A post as a link on the page of an event. */
    public record PostLink(String slug, String title) {

        public String href() {
            return "/posts/" + slug;
        }
    }

    public String href() {
        return "/events/" + slug;
    }

    /** The address of the event's calendar file. */
    public String icsHref() {
        return href() + ".ics";
    }

    /** A line for the page's description meta tag. */
    public String summary() {
        return title + ", " + when + (address.isEmpty() ? ", online" : ", " + address) + ".";
    }
}
