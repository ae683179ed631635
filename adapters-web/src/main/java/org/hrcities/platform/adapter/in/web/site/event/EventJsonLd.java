package org.hrcities.platform.adapter.in.web.site.event;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.hrcities.platform.adapter.in.web.render.EventTimes;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.application.port.in.event.EventView;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventPlace;

/**
 * An event page's schema.org {@code Event} as JSON-LD, for search engines: built with JSON-P (never
 * by joining strings) and made safe to print inside a {@code <script>} element, where a title holding
 * {@code </script>} must stay text.
 */
public final class EventJsonLd {

    private static final String SCHEMA = "https://schema.org/";

    private EventJsonLd() {
    }

    /** The JSON-LD of the event, its absolute addresses on the site at {@code base} (ending in "/"). */
    public static JsonObject of(EventView view, String base) {
        Event event = view.event();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Event")
                .add("name", event.title())
                .add("startDate", EventTimes.isoStart(event.timing()))
                .add("endDate", EventTimes.isoEnd(event.timing()))
                .add("eventStatus", SCHEMA + switch (event.status()) {
                    case SCHEDULED -> "EventScheduled";
                    case POSTPONED -> "EventRescheduled";
                    case CANCELLED -> "EventCancelled";
                })
                .add("eventAttendanceMode", SCHEMA + switch (event.place().attendanceMode()) {
                    case IN_PERSON -> "OfflineEventAttendanceMode";
                    case ONLINE -> "OnlineEventAttendanceMode";
                    case MIXED -> "MixedEventAttendanceMode";
                })
                .add("url", base + "events/" + event.slug().value());
        event.previousTiming().ifPresent(previous -> json.add("previousStartDate", EventTimes.isoStart(previous)));
        List<JsonObject> locations = locations(view, event.place());
        if (locations.size() == 1) {
            json.add("location", locations.getFirst());
        } else {
            json.add("location", array(locations));
        }
        if (!view.organisers().isEmpty()) {
            JsonArrayBuilder organisers = Json.createArrayBuilder();
            for (PartnerCity city : view.organisers()) {
                organisers.add(Json.createObjectBuilder().add("@type", "Organization").add("name", city.name())
                        .add("url", base + "cities/" + city.slug().value()));
            }
            json.add("organizer", organisers);
        }
        String description = Markdown.toPlainText(event.description());
        if (!description.isEmpty()) {
            json.add("description", description);
        }
        return json.build();
    }

    private static List<JsonObject> locations(EventView view, EventPlace place) {
        List<JsonObject> locations = new ArrayList<>(2);
        if (place.hasAddress()) {
            JsonObjectBuilder address = Json.createObjectBuilder().add("@type", "PostalAddress")
                    .add("streetAddress", place.address());
            view.city().ifPresent(city -> address.add("addressLocality", city.name())
                    .add("addressCountry", city.country().value()));
            JsonObjectBuilder location = Json.createObjectBuilder().add("@type", "Place")
                    .add("name", view.city().map(city -> place.address() + ", " + city.name()).orElse(place.address()))
                    .add("address", address);
            locations.add(location.build());
        }
        place.online().ifPresent(link -> locations.add(Json.createObjectBuilder().add("@type", "VirtualLocation")
                .add("url", link.value()).build()));
        return locations;
    }

    private static JsonArrayBuilder array(List<JsonObject> objects) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        objects.forEach(array::add);
        return array;
    }

    /**
     * The JSON as text to print inside {@code <script type="application/ld+json">}: {@code <}, {@code >}
     * and {@code &} (which can only occur inside strings) as {@code \}{@code u} escapes, so no
     * {@code </script>} or {@code <!--} can end or change the element, and U+2028 and U+2029 escaped
     * as well, for parsers that read the text as JavaScript.
     */
    public static String forScript(JsonObject json) {
        StringWriter text = new StringWriter();
        try (var writer = Json.createWriter(text)) {
            writer.writeObject(json);
        }
        String written = text.toString();
        StringBuilder safe = new StringBuilder(written.length() + 16);
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
