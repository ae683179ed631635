package org.hrcities.platform.adapter.in.web.api.event;

import java.util.List;

/**
 * The body of {@code POST /api/admin/events} and {@code PUT /api/admin/events/{id}}: everything an
 * editor writes about an event. {@code start} and {@code end} are local to {@code timeZone} (an IANA
 * name such as "Europe/Brussels"): date-times ("2021-01-20T14:00") for a timed event, the first and
 * last day ("2021-01-20", both included) when {@code allDay} is true (missing: false). A blank or
 * missing {@code slug} is made from the title (new event) or kept (edit). {@code city} is the id of
 * the partner city it is held in (or null), {@code address} the venue's, {@code onlineLink} where to
 * join online: at least an address or an online link, and an address with a city.
 * {@code organisers} lists partner city ids, {@code posts} post ids (missing: none).
 */
public record WriteEventRequest(String slug, String title, String description, String start, String end,
                                String timeZone, Boolean allDay, String city, String address, String onlineLink,
                                String registration, List<String> organisers, List<String> posts) {
}
