package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A row of {@code events}, with the cities organising it in {@code event_organisers} and the posts it
 * names in {@code event_posts}. The start and end are kept as the event's local date-times with its
 * zone, and as the instants they name ({@link #startAt}, {@link #endAt}), which the listings use. The
 * local date-times are ISO-8601 text, which no JVM time zone can shift on the way to the database.
 */
@Entity
@Table(name = "events")
public class EventJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "slug", nullable = false)
    String slug;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "start_local", nullable = false)
    String startLocal;

    @Column(name = "end_local", nullable = false)
    String endLocal;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Column(name = "all_day", nullable = false)
    boolean allDay;

    @Column(name = "start_at", nullable = false)
    OffsetDateTime startAt;

    @Column(name = "end_at", nullable = false)
    OffsetDateTime endAt;

    /**
     * The hosting partner city's id, or null. Text rather than UUID, as {@code posts.featured_media_id}:
     * the EclipseLink in Payara Micro hands a NULL to its UUID converter; the column is a UUID all the same.
     */
    @Column(name = "partner_city_id")
    String partnerCityId;

    @Column(name = "address", nullable = false)
    String address;

    @Column(name = "online_link")
    String onlineLink;

    @Column(name = "registration_link")
    String registrationLink;

    @Column(name = "status", nullable = false)
    String status;

    /** The timing before the last postponement: all four null, or none. */
    @Column(name = "previous_start_local")
    String previousStartLocal;

    @Column(name = "previous_end_local")
    String previousEndLocal;

    @Column(name = "previous_time_zone")
    String previousTimeZone;

    @Column(name = "previous_all_day")
    Boolean previousAllDay;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "calendar_sequence", nullable = false)
    int sequence;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "event_organisers", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "partner_city_id", nullable = false)
    @Convert(converter = UuidColumn.class)
    @BatchFetch(BatchFetchType.IN)
    List<UUID> organiserIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_posts", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "post_id", nullable = false)
    @Convert(converter = UuidColumn.class)
    @BatchFetch(BatchFetchType.IN)
    List<UUID> postIds = new ArrayList<>();

    protected EventJpaEntity() {
    }

    EventJpaEntity(UUID id) {
        this.id = id;
    }
}
