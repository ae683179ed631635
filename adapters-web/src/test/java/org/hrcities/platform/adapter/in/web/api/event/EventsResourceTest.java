package org.hrcities.platform.adapter.in.web.api.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.error.FieldErrorResponse;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.application.port.in.event.FindEventsQuery;
import org.hrcities.platform.application.port.in.event.FindEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.application.port.in.event.ReadEventUseCase;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityFixtures;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventFixtures;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class EventsResourceTest {

    @Mock
    private FindEventsUseCase findEvents;
    @Mock
    private ReadEventUseCase readEvent;

    private final PartnerCity graz = PartnerCityFixtures.graz();

    private EventsResource resource() {
        return new EventsResource(findEvents, readEvent);
    }

    private static JsonObject object(Response response) {
        return Json.createReader(new StringReader(text(response))).readObject();
    }

    private static String text(Response response) {
        return new String(((Representation) response.getEntity()).body(), StandardCharsets.UTF_8);
    }

    private static UriInfo uri(String address) {
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUriBuilder()).thenAnswer(call -> UriBuilder.fromUri(URI.create(address)));
        when(uri.getQueryParameters()).thenReturn(new MultivaluedHashMap<>());
        return uri;
    }

    @Test
    void an_event_gives_its_times_in_its_zone_with_offsets_its_place_organisers_and_posts() {
        Post report = PostFixtures.aPublishedPost("report", Instant.parse("2021-01-21T09:00:00Z"));
        Event roundtable = EventFixtures.aPublished(EventFixtures.roundtable());
        when(readEvent.readEvent(roundtable.slug()))
                .thenReturn(new EventView(roundtable, Optional.empty(), List.of(graz), List.of(report), true));

        JsonObject json = object(resource().read("roundtable-extreme-poverty"));

        assertEquals(roundtable.id().toString(), json.getString("id"));
        assertEquals("roundtable-extreme-poverty", json.getString("slug"));
        assertEquals("What the event is about.", json.getString("description"));
        assertEquals("<p>What the event is about.</p>\n", json.getString("descriptionHtml"));
        JsonObject start = json.getJsonObject("start");
        assertEquals("2021-01-20T14:00", start.getString("local"));
        assertEquals("Europe/Brussels", start.getString("timeZone"));
        assertEquals("2021-01-20T14:00:00+01:00", start.getString("instant"));
        assertEquals("2021-01-20T16:00:00+01:00", json.getJsonObject("end").getString("instant"));
        assertEquals(false, json.getBoolean("allDay"));
        assertEquals("Europe/Brussels", json.getString("timeZone"));
        assertEquals("SCHEDULED", json.getString("status"));
        assertTrue(!json.containsKey("previousStart"));
        assertEquals("ONLINE", json.getString("attendanceMode"));
        JsonObject place = json.getJsonObject("place");
        assertEquals("", place.getString("address"));
        assertEquals("https://meet.example/roundtable", place.getString("onlineLink"));
        assertTrue(!place.containsKey("city"));
        assertEquals("https://register.example/roundtable-extreme-poverty", json.getString("registrationLink"));
        assertEquals("graz", json.getJsonArray("organisers").getJsonObject(0).getString("slug"));
        JsonObject post = json.getJsonArray("posts").getJsonObject(0);
        assertEquals("report", post.getString("slug"));
        assertEquals("/api/posts/report", post.getString("url"));
        assertEquals(true, json.getBoolean("over"));
        assertEquals("/api/events/roundtable-extreme-poverty", json.getString("url"));
        assertEquals("/events/roundtable-extreme-poverty", json.getString("pageUrl"));
        assertEquals("/events/roundtable-extreme-poverty.ics", json.getString("icsUrl"));
    }

    @Test
    void a_postponed_event_gives_its_previous_start() {
        Event meeting = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "moved",
                LocalDateTime.parse("2030-04-01T10:00"), EventFixtures.BRUSSELS));
        meeting.postpone(EventTiming.at(LocalDateTime.parse("2030-05-01T10:00"), LocalDateTime.parse("2030-05-01T12:00"),
                EventFixtures.BRUSSELS), Instant.parse("2029-01-01T00:00:00Z"));
        when(readEvent.readEvent(meeting.slug()))
                .thenReturn(new EventView(meeting, Optional.of(graz), List.of(), List.of(), false));

        JsonObject json = object(resource().read("moved"));

        assertEquals("POSTPONED", json.getString("status"));
        assertEquals("2030-04-01T10:00:00+02:00", json.getJsonObject("previousStart").getString("instant"));
        assertEquals("graz", json.getJsonObject("place").getJsonObject("city").getString("slug"));
        assertEquals("IN_PERSON", json.getString("attendanceMode"));
    }

    @Test
    void lists_a_period_of_a_city_with_totals_and_links() {
        Event meeting = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "graz-meeting",
                LocalDateTime.parse("2030-03-14T18:30"), EventFixtures.BRUSSELS));
        PageRequest second = new PageRequest(2, 1);
        FindEventsQuery query = new FindEventsQuery(Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-04-01T00:00:00Z"), new Slug("graz"), second);
        when(findEvents.findEvents(query)).thenReturn(new Page<>(List.of(new ListedEvent(meeting, Optional.of(graz), false)),
                second, 3));
        when(readEvent.readEvent(meeting.slug()))
                .thenReturn(new EventView(meeting, Optional.of(graz), List.of(graz), List.of(), false));

        Response response = resource().list("2030-01-01", "2030-03-31", "graz", "2", "1",
                uri("http://site/api/events?from=2030-01-01&to=2030-03-31&city=graz&page=2&per_page=1"));

        assertEquals("3", response.getHeaderString("X-Total-Count"));
        assertTrue(response.getHeaderString("Link").contains("rel=\"next\""), response.getHeaderString("Link"));
        assertEquals("Accept", response.getHeaderString("Vary"));
        JsonArray items = Json.createReader(new StringReader(text(response))).readArray();
        assertEquals("graz-meeting", items.getJsonObject(0).getString("slug"));
    }

    @Test
    void accepts_date_times_with_their_offsets() {
        FindEventsQuery query = EventsResource.query("2030-01-01T10:00:00+01:00", "2030-01-02T00:00:00Z", null, null, null);
        assertEquals(Instant.parse("2030-01-01T09:00:00Z"), query.fromOrNull());
        assertEquals(Instant.parse("2030-01-02T00:00:00Z"), query.toOrNull());
        assertNull(query.cityOrNull());
        assertEquals(new PageRequest(1, 10), query.page());
    }

    @Test
    void refuses_every_bad_parameter_at_once_before_any_use_case_runs() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> resource().list("yesterday", "2030-13-01", "Not a slug", "0", "1000", mock(UriInfo.class)));

        List<String> fields = refused.errors().stream().map(FieldErrorResponse::field).toList();
        assertEquals(List.of("from", "to", "city", "page"), fields);
        assertTrue(refused.errors().getFirst().message().startsWith("from must be a date (2021-01-20)"),
                refused.errors().getFirst().message());
        verify(findEvents, never()).findEvents(any());
    }

    @Test
    void refuses_a_period_that_ends_before_it_starts() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> EventsResource.query("2030-02-01", "2030-01-01", null, null, null));
        assertEquals(List.of(new FieldErrorResponse("to", "to must be after from")), refused.errors());
    }

    @Test
    void an_unknown_slug_is_not_found() {
        assertThrows(NotFoundException.class, () -> resource().read("Not a slug"));
    }

    @Test
    void the_geojson_has_a_point_per_event_in_a_partner_city_at_its_location() {
        Event meeting = EventFixtures.aPublished(EventFixtures.meetingIn(graz.id(), "graz-meeting",
                LocalDateTime.parse("2030-03-14T18:30"), EventFixtures.BRUSSELS));
        Event online = EventFixtures.aPublished(EventFixtures.roundtable());
        PageRequest first = new PageRequest(1, 10);
        when(findEvents.findEvents(new FindEventsQuery(null, null, null, first))).thenReturn(new Page<>(List.of(
                new ListedEvent(meeting, Optional.of(graz), false), new ListedEvent(online, Optional.empty(), true)), first, 2));

        JsonObject json = object(resource().listAsGeoJson(null, null, null, null, null, uri("http://site/api/events")));

        assertEquals("FeatureCollection", json.getString("type"));
        JsonArray features = json.getJsonArray("features");
        assertEquals(1, features.size());
        JsonObject feature = features.getJsonObject(0);
        assertEquals("Point", feature.getJsonObject("geometry").getString("type"));
        assertEquals(graz.location().longitude(), feature.getJsonObject("geometry").getJsonArray("coordinates")
                .getJsonNumber(0).doubleValue());
        assertEquals(graz.location().latitude(), feature.getJsonObject("geometry").getJsonArray("coordinates")
                .getJsonNumber(1).doubleValue());
        JsonObject properties = feature.getJsonObject("properties");
        assertEquals("graz-meeting", properties.getString("slug"));
        assertEquals("2030-03-14T18:30:00+01:00", properties.getString("start"));
        assertEquals("Graz", properties.getString("city"));
        assertEquals("/events/graz-meeting", properties.getString("pageUrl"));
    }
}
