package org.hrcities.platform.adapter.in.web.site.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.hrcities.platform.adapter.in.web.input.SiteAddress;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.application.port.in.event.ListedEvent;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Writes events as an iCalendar (RFC 5545) calendar with ical4j, for calendar applications to
 * subscribe to or import: {@code METHOD:PUBLISH}, one VEVENT per event and one VTIMEZONE per time zone
 * the events use, so that a calendar shows "14:00 in Brussels" at the right moment wherever it is.
 *
 * <ul>
 * <li>{@code UID} is {@code <event id>@<domain>}, the domain being the host of the site's address
 * ({@code hrc.site.url}) or, where it is not set, {@value #UNSET_DOMAIN}; never a request's {@code Host}
 * header, so the same event keeps its UID whoever asks and however.</li>
 * <li>{@code SEQUENCE} is the event's count of changes ({@link Event#sequence()}), {@code STATUS} is
 * CONFIRMED or CANCELLED, so subscribed calendars update or strike the entry in place.</li>
 * <li>{@code DTSTAMP} and {@code LAST-MODIFIED} are when the event last changed, not when the file was
 * written: the same events give the same bytes, and so the same entity tag.</li>
 * <li>A timed event's {@code DTSTART}/{@code DTEND} are its local times with {@code TZID}; an all-day event's are dates
 * ({@code VALUE=DATE}), the end being the day after the last.</li>
 * </ul>
 * The VTIMEZONE definitions come from the tz data ical4j ships (or java.time's rules for a zone it
 * lacks); {@code ical4j.properties} on the classpath keeps it from fetching updates over the network and
 * from looking for a JCache provider. They are kept, without their {@code TZURL}, once read.
 */
public final class EventCalendars {

    /** The media type of a calendar. */
    public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";
    /** The domain of the UIDs where the site's address is not set. */
    static final String UNSET_DOMAIN = "events.hrc-platform.invalid";
    static final String PRODUCT = "-//Human Rights Cities Network//Events//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Map<String, VTimeZone> DEFINITIONS = new ConcurrentHashMap<>();

    private final String uidDomain;

    public EventCalendars(SiteAddress site) {
        this.uidDomain = site.base().map(URI::getHost).orElse(UNSET_DOMAIN);
    }

    /** The UID of the event in every calendar the site writes. */
    public String uid(Event event) {
        return event.id() + "@" + uidDomain;
    }

    /**
     * The calendar {@code name} holding {@code events}, their pages on the site at {@code base} (ending in "/").
     */
    public byte[] write(String name, String base, List<ListedEvent> events) {
        ComponentList<CalendarComponent> components = new ComponentList<>();
        Set<String> zones = new LinkedHashSet<>();
        List<CalendarComponent> entries = new ArrayList<>(events.size());
        for (ListedEvent listed : events) {
            VTimeZone zone = listed.event().timing().allDay() ? null : definition(listed.event().timing().zone());
            if (zone != null) {
                zones.add(listed.event().timing().zone().getId());
            }
            entries.add(entry(listed, base, zone != null));
        }
        for (String zone : zones) {
            components = components.add(DEFINITIONS.get(zone));
        }
        components = components.addAll(entries);
        PropertyList properties = new PropertyList(List.of(new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0,
                ImmutableMethod.PUBLISH, new XProperty("X-WR-CALNAME", name)));
        Calendar calendar = new Calendar(properties, components);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 1024 * events.size());
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the calendar", e);
        }
        return bytes.toByteArray();
    }

    private VEvent entry(ListedEvent listed, String base, boolean zoned) {
        Event event = listed.event();
        EventTiming timing = event.timing();
        List<Property> properties = new ArrayList<>(14);
        Instant changed = event.updatedAt().truncatedTo(ChronoUnit.SECONDS);
        properties.add(new Uid(uid(event)));
        properties.add(new DtStamp(changed));
        properties.add(new Created(event.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        properties.add(new LastModified(changed));
        properties.add(new Sequence(event.sequence()));
        if (timing.allDay()) {
            properties.add(new DtStart<>(timing.firstDay()));
            properties.add(new DtEnd<>(timing.end().toLocalDate()));
        } else if (zoned) {
            properties.add(zoned(new DtStart<>(timing.start()), timing));
            properties.add(zoned(new DtEnd<>(timing.end()), timing));
        } else {
            properties.add(new DtStart<>(timing.startInstant()));
            properties.add(new DtEnd<>(timing.endInstant()));
        }
        properties.add(new Summary(event.title()));
        String description = description(event);
        if (!description.isEmpty()) {
            properties.add(new Description(description));
        }
        properties.add(new Location(location(listed)));
        properties.add(new Url(URI.create(base + "events/" + event.slug().value())));
        properties.add(event.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return new VEvent(new PropertyList(properties));
    }

    /**
     * The local date-time as the event's clocks show it, with its TZID. Not a ZonedDateTime: ical4j
     * would convert it through the rules it derives from the VTIMEZONE, which for a zone whose last
     * rule has ended (São Paulo, without daylight saving time since 2019) still apply the old
     * summer offset, and DTSTART would move by an hour.
     */
    private static <P extends net.fortuna.ical4j.model.property.DateProperty<LocalDateTime>> P zoned(P property,
                                                                                                  EventTiming timing) {
        property.add(new TzId(timing.zone().getId()));
        return property;
    }

    /** The description as plain text, followed by where to join and where to register. */
    static String description(Event event) {
        StringBuilder text = new StringBuilder(Markdown.toPlainText(event.description()));
        event.place().online().ifPresent(link -> append(text, "Online: " + link.value()));
        event.registration().ifPresent(link -> append(text, "Registration: " + link.value()));
        return text.toString();
    }

    private static void append(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(line);
    }

    /** The address with the partner city's name, or the online link of an event held online only. */
    static String location(ListedEvent listed) {
        Event event = listed.event();
        if (!event.place().hasAddress()) {
            return event.place().online().map(WebsiteUrl::value).orElse("Online");
        }
        String city = listed.city().map(PartnerCity::name).orElse(null);
        String address = event.place().address();
        return city == null || address.contains(city) ? address : address + ", " + city;
    }

    /** The zone's VTIMEZONE without its TZURL (clients need not fetch anything), or null if none can be made. */
    private static VTimeZone definition(ZoneId zone) {
        return DEFINITIONS.computeIfAbsent(zone.getId(), id -> {
            TimeZone found = ZONES.getTimeZone(id);
            if (found == null) {
                return null;
            }
            VTimeZone full = found.getVTimeZone();
            List<Property> kept = full.getProperties().stream()
                    .filter(property -> !property.getName().equals(Property.TZURL)).toList();
            return new VTimeZone(new PropertyList(kept), full.getComponentList());
        });
    }
}
