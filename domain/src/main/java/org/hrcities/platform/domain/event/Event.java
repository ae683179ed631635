package org.hrcities.platform.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * A roundtable, webinar or city meeting of the network. An event is a draft, seen by staff only,
 * until it is published; it may then be postponed to a new date (the date it had is kept) or
 * cancelled, and keeps its page either way, with a notice.
 *
 * <p>{@link #sequence()} counts the changes people who subscribed to the event's calendar must
 * see (iCalendar's {@code SEQUENCE}): each change of details, postponement, cancellation and
 * reinstatement raises it, so calendars update the event in place.
 */
public final class Event {

    private final EventId id;
    private EventDetails details;
    private EventStatus status;
    private EventTiming previousTiming;
    private Instant publishedAt;
    private int sequence;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Event(EventId id, EventDetails details, EventStatus status, EventTiming previousTiming,
                  Instant publishedAt, int sequence, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.previousTiming = previousTiming;
        this.publishedAt = publishedAt;
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be 0 or more");
        }
        this.sequence = sequence;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        if (status == EventStatus.POSTPONED && previousTiming == null) {
            throw new IllegalArgumentException("a postponed event keeps the timing it had before");
        }
    }

    /** A new event, as a draft that is seen by staff only. */
    public static Event plan(EventId id, EventDetails details, Instant at) {
        return new Event(id, details, EventStatus.SCHEDULED, null, null, 0, at, at, 0);
    }

    /** Rebuilds a stored event exactly as it was saved; used by storage adapters. */
    public static Event reconstitute(EventId id, EventDetails details, EventStatus status, EventTiming previousTiming,
                                     Instant publishedAt, int sequence, Instant createdAt, Instant updatedAt,
                                     long version) {
        return new Event(id, details, status, previousTiming, publishedAt, sequence, createdAt, updatedAt, version);
    }

    /** Replaces what the event says; a change raises its {@link #sequence()}, the same details do not. */
    public void describe(EventDetails newDetails, Instant at) {
        Objects.requireNonNull(newDetails, "details");
        if (newDetails.equals(details)) {
            return;
        }
        details = newDetails;
        changed(at);
    }

    /** Makes the event public: on the site, in the calendars and in the API. */
    public void publish(Instant at) {
        if (isPublished()) {
            throw new EventStateException("the event " + details.slug() + " is already published");
        }
        publishedAt = Objects.requireNonNull(at, "at");
        updatedAt = at;
    }

    /** Takes a published event back to draft: it leaves the site, the calendars and the API. */
    public void withdraw(Instant at) {
        if (!isPublished()) {
            throw new EventStateException("the event " + details.slug() + " is not published");
        }
        publishedAt = null;
        updatedAt = Objects.requireNonNull(at, "at");
    }

    /** Moves the event to {@code newTiming}; the timing it had is kept as {@link #previousTiming()}. */
    public void postpone(EventTiming newTiming, Instant at) {
        Objects.requireNonNull(newTiming, "newTiming");
        if (status == EventStatus.CANCELLED) {
            throw new EventStateException("the event " + details.slug() + " is cancelled: reinstate it before giving it a new date");
        }
        if (newTiming.equals(details.timing())) {
            throw new InvalidValueException("start", "the new date is the date the event already has");
        }
        previousTiming = details.timing();
        details = details.at(newTiming);
        status = EventStatus.POSTPONED;
        changed(at);
    }

    /** The event will not take place; its page stays with a notice, and calendars show it cancelled. */
    public void cancel(Instant at) {
        if (status == EventStatus.CANCELLED) {
            throw new EventStateException("the event " + details.slug() + " is already cancelled");
        }
        status = EventStatus.CANCELLED;
        changed(at);
    }

    /** A cancelled event takes place after all (postponed again if it had been postponed). */
    public void reinstate(Instant at) {
        if (status != EventStatus.CANCELLED) {
            throw new EventStateException("the event " + details.slug() + " is not cancelled");
        }
        status = previousTiming == null ? EventStatus.SCHEDULED : EventStatus.POSTPONED;
        changed(at);
    }

    private void changed(Instant at) {
        updatedAt = Objects.requireNonNull(at, "at");
        sequence++;
    }

    public EventId id() {
        return id;
    }

    public EventDetails details() {
        return details;
    }

    public Slug slug() {
        return details.slug();
    }

    public String title() {
        return details.title();
    }

    public String description() {
        return details.description();
    }

    public EventTiming timing() {
        return details.timing();
    }

    public EventPlace place() {
        return details.place();
    }

    public Optional<WebsiteUrl> registration() {
        return details.registrationLink();
    }

    public List<PartnerCityId> organisers() {
        return details.organisers();
    }

    public List<PostId> posts() {
        return details.posts();
    }

    /** Whether the city hosts the event or organises it. */
    public boolean involves(PartnerCityId city) {
        return details.place().partnerCity().filter(city::equals).isPresent() || details.organisers().contains(city);
    }

    public EventStatus status() {
        return status;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    /** The timing the event had before it was last postponed. */
    public Optional<EventTiming> previousTiming() {
        return Optional.ofNullable(previousTiming);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public int sequence() {
        return sequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the event last changed (its calendar entry's {@code LAST-MODIFIED}). */
    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Event event && event.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Event[" + id + ", " + details.slug() + "]";
    }
}
