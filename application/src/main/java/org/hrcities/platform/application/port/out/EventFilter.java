package org.hrcities.platform.application.port.out;

import java.time.Instant;
import org.hrcities.platform.domain.city.PartnerCityId;

/**
 * Which events a listing holds and in which order. Every bound may be null (no bound); times are
 * compared with each event's start and end as instants.
 *
 * @param publishedOnly   only published events (cancelled ones included), else drafts too
 * @param endsAfter       only events whose end is after this instant
 * @param endsNoLaterThan only events whose end is at or before this instant
 * @param startsBefore    only events whose start is before this instant
 * @param city            only events the city hosts or organises
 * @param order           by start, soonest or latest first; ties broken by id
 */
public record EventFilter(boolean publishedOnly, Instant endsAfter, Instant endsNoLaterThan, Instant startsBefore,
                          PartnerCityId city, Order order) {

    /** The order of a listing. */
    public enum Order {
        SOONEST_FIRST,
        LATEST_FIRST
    }

    public EventFilter {
        if (order == null) {
            throw new IllegalArgumentException("an event listing needs its order");
        }
    }

    /** Published events not over at {@code now} (running ones included), soonest first. */
    public static EventFilter upcoming(Instant now, PartnerCityId cityOrNull) {
        return new EventFilter(true, now, null, null, cityOrNull, Order.SOONEST_FIRST);
    }

    /** Published events over at {@code now}, the latest first. */
    public static EventFilter past(Instant now, PartnerCityId cityOrNull) {
        return new EventFilter(true, null, now, null, cityOrNull, Order.LATEST_FIRST);
    }

    /** Published events that overlap the period from {@code fromOrNull} to {@code toOrNull}, soonest first. */
    public static EventFilter overlapping(Instant fromOrNull, Instant toOrNull, PartnerCityId cityOrNull) {
        return new EventFilter(true, fromOrNull, null, toOrNull, cityOrNull, Order.SOONEST_FIRST);
    }

    /** Every event, drafts included, the latest start first: what staff list. */
    public static EventFilter everyEvent() {
        return new EventFilter(false, null, null, null, null, Order.LATEST_FIRST);
    }
}
