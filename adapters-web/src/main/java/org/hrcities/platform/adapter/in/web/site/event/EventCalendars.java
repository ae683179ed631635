package org.hrcities.platform.adapter.in.web.site.event;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
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
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.event.EventStatus;
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
 * from looking for a JCache provider. They are kept, without their {@code TZURL}, once read, and so is
 * each VEVENT's text, by everything it is written from: a calendar is ical4j's output, assembled.
 */
public final class EventCalendars {

    /** The media type of a calendar. */
    public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";
    /** The domain of the UIDs where the site's address is not set. */
    static final String UNSET_DOMAIN = "events.hrc-platform.invalid";
    static final String PRODUCT = "-//Human Rights Cities Network//Events//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Map<String, VTimeZone> DEFINITIONS = new ConcurrentHashMap<>();
    /** The definitions as folded text, by zone. */
    private static final Map<String, String> FOLDED_DEFINITIONS = new ConcurrentHashMap<>();
    /**
     * The VEVENTs written lately, as folded text by what they are written from: ical4j takes about a
     * millisecond an event, and a calendar of hundreds of events is asked for again whenever one of
     * them changes. Bounded by the characters they hold (16 MiB at two bytes a character, descriptions
     * in the keys included).
     */
    private static final Cache<EntryKey, String> ENTRIES = Caffeine.newBuilder()
            .maximumWeight(8L * 1024 * 1024)
            .weigher((EntryKey key, String text) -> text.length() + key.details().description().length() + 256)
            .executor(Runnable::run)
            .build();

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
        Set<String> zones = new LinkedHashSet<>();
        StringBuilder entries = new StringBuilder(1024 * events.size());
        for (ListedEvent listed : events) {
            Event event = listed.event();
            boolean zoned = !event.timing().allDay() && definition(event.timing().zone()) != null;
            if (zoned) {
                zones.add(event.timing().zone().getId());
            }
            EntryKey key = new EntryKey(event.id(), event.details(), event.status(), event.sequence(), event.createdAt(),
                    event.updatedAt(), listed.city().map(PartnerCity::name).orElse(null), base, uidDomain, zoned);
            entries.append(ENTRIES.get(key, ignored -> folded(entry(listed, base, zoned).toString())));
        }
        PropertyList properties = new PropertyList(List.of(new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0,
                ImmutableMethod.PUBLISH, new XProperty("X-WR-CALNAME", name)));
        String envelope = folded(new Calendar(properties, new ComponentList<>()).toString());
        int end = envelope.lastIndexOf("END:VCALENDAR");
        StringBuilder calendar = new StringBuilder(envelope.length() + entries.length() + 64 * 1024);
        calendar.append(envelope, 0, end);
        zones.forEach(zone -> calendar.append(FOLDED_DEFINITIONS.get(zone)));
        calendar.append(entries).append(envelope, end, envelope.length());
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What one VEVENT is written from: the same key, the same text. Everything {@link #entry} reads is
     * in it (the event's details, status, count of changes and times; its city's name; the site's
     * address and the UIDs' domain), so an entry kept is an entry that would be written again.
     */
    private record EntryKey(EventId id, EventDetails details, EventStatus status, int sequence, Instant createdAt,
                            Instant updatedAt, String city, String base, String uidDomain, boolean zoned) {
    }

    /** Text folded at 75 octets as RFC 5545 says, as ical4j's CalendarOutputter folds it (line by line). */
    static String folded(String text) {
        StringWriter out = new StringWriter(text.length() + text.length() / 60 * 3);
        try (FoldingWriter folding = new FoldingWriter(out, FoldingWriter.REDUCED_FOLD_LENGTH)) {
            folding.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
            VTimeZone definition = new VTimeZone(new PropertyList(kept), full.getComponentList());
            FOLDED_DEFINITIONS.put(id, folded(definition.toString()));
            return definition;
        });
    }
}
