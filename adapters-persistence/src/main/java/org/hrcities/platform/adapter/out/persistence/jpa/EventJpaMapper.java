package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.event.Event;
import org.hrcities.platform.domain.event.EventDetails;
import org.hrcities.platform.domain.event.EventId;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.event.EventStatus;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/** Maps events to their rows and back. */
final class EventJpaMapper {

    private EventJpaMapper() {
    }

    static Event toDomain(EventJpaEntity row) {
        EventTiming timing = new EventTiming(LocalDateTime.parse(row.startLocal), LocalDateTime.parse(row.endLocal),
                ZoneId.of(row.timeZone), row.allDay);
        EventPlace place = new EventPlace(row.partnerCityId == null ? null : new PartnerCityId(UUID.fromString(row.partnerCityId)),
                row.address, row.onlineLink == null ? null : new WebsiteUrl(row.onlineLink));
        EventDetails details = new EventDetails(new Slug(row.slug), row.title, row.description, timing, place,
                row.registrationLink == null ? null : new WebsiteUrl(row.registrationLink),
                row.organiserIds.stream().map(PartnerCityId::new).toList(), row.postIds.stream().map(PostId::new).toList());
        EventTiming previous = row.previousStartLocal == null ? null : new EventTiming(
                LocalDateTime.parse(row.previousStartLocal), LocalDateTime.parse(row.previousEndLocal),
                ZoneId.of(row.previousTimeZone), row.previousAllDay);
        return Event.reconstitute(new EventId(row.id), details, EventStatus.valueOf(row.status), previous,
                row.publishedAt == null ? null : row.publishedAt.toInstant(), row.sequence, row.createdAt.toInstant(),
                row.updatedAt.toInstant(), row.version);
    }

    /** Writes the event's state into the row, its start and end as instants too; the version is left to JPA. */
    static void copyInto(Event event, EventJpaEntity row) {
        EventTiming timing = event.timing();
        EventPlace place = event.place();
        row.slug = event.slug().value();
        row.title = event.title();
        row.description = event.description();
        row.startLocal = timing.start().toString();
        row.endLocal = timing.end().toString();
        row.timeZone = timing.zone().getId();
        row.allDay = timing.allDay();
        row.startAt = timing.startInstant().atOffset(ZoneOffset.UTC);
        row.endAt = timing.endInstant().atOffset(ZoneOffset.UTC);
        row.partnerCityId = place.partnerCity().map(PartnerCityId::toString).orElse(null);
        row.address = place.address();
        row.onlineLink = place.online().map(WebsiteUrl::value).orElse(null);
        row.registrationLink = event.registration().map(WebsiteUrl::value).orElse(null);
        row.status = event.status().name();
        EventTiming previous = event.previousTiming().orElse(null);
        row.previousStartLocal = previous == null ? null : previous.start().toString();
        row.previousEndLocal = previous == null ? null : previous.end().toString();
        row.previousTimeZone = previous == null ? null : previous.zone().getId();
        row.previousAllDay = previous == null ? null : previous.allDay();
        row.publishedAt = event.publishedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null);
        row.sequence = event.sequence();
        row.createdAt = event.createdAt().atOffset(ZoneOffset.UTC);
        row.updatedAt = event.updatedAt().atOffset(ZoneOffset.UTC);
        List<UUID> organisers = event.organisers().stream().map(PartnerCityId::value).toList();
        if (!row.organiserIds.equals(organisers)) {
            row.organiserIds.clear();
            row.organiserIds.addAll(organisers);
        }
        List<UUID> posts = event.posts().stream().map(PostId::value).toList();
        if (!row.postIds.equals(posts)) {
            row.postIds.clear();
            row.postIds.addAll(posts);
        }
    }
}
