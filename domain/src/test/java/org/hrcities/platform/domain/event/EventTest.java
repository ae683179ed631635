package org.hrcities.platform.domain.event;

import static org.hrcities.platform.domain.event.EventFixtures.BRUSSELS;
import static org.hrcities.platform.domain.event.EventFixtures.CREATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final Instant LATER = CREATED.plusSeconds(3600);

    @Test
    void a_planned_event_is_a_scheduled_draft_at_sequence_zero() {
        Event event = EventFixtures.aDraft(EventFixtures.roundtable());

        assertFalse(event.isPublished());
        assertEquals(EventStatus.SCHEDULED, event.status());
        assertEquals(0, event.sequence());
        assertEquals(AttendanceMode.ONLINE, event.place().attendanceMode());
    }

    @Test
    void publishing_and_withdrawing() {
        Event event = EventFixtures.aDraft(EventFixtures.roundtable());

        event.publish(LATER);
        assertEquals(Optional.of(LATER), event.publishedAt());
        assertThrows(EventStateException.class, () -> event.publish(LATER));

        event.withdraw(LATER);
        assertFalse(event.isPublished());
        assertThrows(EventStateException.class, () -> event.withdraw(LATER));
    }

    @Test
    void every_change_people_must_see_raises_the_sequence_and_the_same_details_do_not() {
        Event event = EventFixtures.aPublished(EventFixtures.roundtable());
        EventDetails same = EventFixtures.roundtable();

        event.describe(same, LATER);
        assertEquals(0, event.sequence());
        assertNotEquals(LATER, event.updatedAt());

        event.describe(new EventDetails(same.slug(), "A new title", same.description(), same.timing(), same.place(),
                same.registration(), same.organisers(), same.posts()), LATER);
        assertEquals(1, event.sequence());
        assertEquals(LATER, event.updatedAt());
    }

    @Test
    void postponing_keeps_the_date_it_had_and_a_reinstated_postponed_event_stays_postponed() {
        Event event = EventFixtures.aPublished(EventFixtures.roundtable());
        EventTiming original = event.timing();
        EventTiming newDate = EventTiming.at(LocalDateTime.parse("2021-02-03T14:00"), LocalDateTime.parse("2021-02-03T16:00"), BRUSSELS);

        event.postpone(newDate, LATER);
        assertEquals(EventStatus.POSTPONED, event.status());
        assertEquals(newDate, event.timing());
        assertEquals(Optional.of(original), event.previousTiming());
        assertEquals(1, event.sequence());
        assertEquals("the new date is the date the event already has",
                assertThrows(InvalidValueException.class, () -> event.postpone(newDate, LATER)).getMessage());

        event.cancel(LATER);
        assertTrue(event.isCancelled());
        assertEquals(2, event.sequence());
        assertThrows(EventStateException.class, () -> event.cancel(LATER));
        assertThrows(EventStateException.class, () -> event.postpone(original, LATER));

        event.reinstate(LATER);
        assertEquals(EventStatus.POSTPONED, event.status());
        assertEquals(3, event.sequence());
        assertThrows(EventStateException.class, () -> event.reinstate(LATER));
    }

    @Test
    void a_reinstated_event_that_was_never_postponed_is_scheduled() {
        Event event = EventFixtures.aPublished(EventFixtures.roundtable());
        event.cancel(LATER);
        event.reinstate(LATER);
        assertEquals(EventStatus.SCHEDULED, event.status());
    }

    @Test
    void a_city_is_involved_when_it_hosts_or_organises_the_event() {
        PartnerCityId host = PartnerCityId.generate();
        PartnerCityId organiser = PartnerCityId.generate();
        EventTiming timing = EventFixtures.meetingIn(host, "forum", LocalDateTime.parse("2026-05-05T10:00"), BRUSSELS).timing();
        Event event = EventFixtures.aDraft(EventFixtures.details("forum", "Forum", timing,
                EventPlace.at(host, "City hall"), List.of(organiser)));

        assertTrue(event.involves(host));
        assertTrue(event.involves(organiser));
        assertFalse(event.involves(PartnerCityId.generate()));
    }

    @Test
    void a_place_needs_an_address_or_a_link_and_a_city_needs_an_address() {
        assertEquals("an event needs an address, an online link, or both",
                assertThrows(InvalidValueException.class, () -> new EventPlace(null, " ", null)).getMessage());
        assertEquals("an event held in a partner city needs the address of its venue", assertThrows(InvalidValueException.class,
                () -> new EventPlace(PartnerCityId.generate(), "", new WebsiteUrl("https://meet.example"))).getMessage());
        assertEquals(AttendanceMode.MIXED,
                new EventPlace(PartnerCityId.generate(), "Rathaus", new WebsiteUrl("https://meet.example")).attendanceMode());
        assertEquals(AttendanceMode.IN_PERSON, EventPlace.at(null, "Palais des Nations, Geneva").attendanceMode());
    }

    @Test
    void details_drop_repeated_cities_and_posts_and_refuse_too_many() {
        PartnerCityId city = PartnerCityId.generate();
        PostId post = PostId.generate();
        EventDetails r = EventFixtures.roundtable();
        EventDetails details = new EventDetails(new Slug("x"), "X", null, r.timing(), r.place(), null,
                List.of(city, city), List.of(post, post));

        assertEquals(List.of(city), details.organisers());
        assertEquals(List.of(post), details.posts());
        assertEquals("", details.description());
        List<PostId> tooMany = Stream.generate(PostId::generate).limit(21).toList();
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new EventDetails(new Slug("x"), "X", "", r.timing(), r.place(), null, List.of(), tooMany));
        assertEquals("an event has at most 20 posts", e.getMessage());
        assertEquals("posts", e.field());
    }
}
