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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A row of {@code posts} (with its language and translation group), with the cities it is tagged with in {@code post_partner_cities}, its
 * topics in {@code post_topics}; its former slugs, in {@code post_former_slugs}, are {@link PostFormerSlugJpaEntity} rows.
 */
@Entity
@Table(name = "posts")
public class PostJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "language", nullable = false, updatable = false)
    String language;

    /** The id of the original of the post's translation group: its own id for an original. */
    @Column(name = "translation_group", nullable = false, updatable = false)
    UUID translationGroup;

    /**
     * The original the post translates, or null for an original. Text rather than UUID, as
     * {@link #featuredMediaId}; the database column is a UUID all the same.
     */
    @Column(name = "translation_of", updatable = false)
    String translationOf;

    @Column(name = "slug", nullable = false)
    String slug;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "excerpt", nullable = false)
    String excerpt;

    @Column(name = "author_name", nullable = false)
    String authorName;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "comments_open", nullable = false)
    boolean commentsOpen;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /**
     * The featured image's media id, or null when the post has none. Text rather than UUID, as
     * {@code comments.parent_id}: the EclipseLink in Payara Micro hands a NULL to its UUID converter;
     * the database column is a UUID all the same.
     */
    @Column(name = "featured_media_id")
    String featuredMediaId;

    /** The featured image's description, null exactly when {@link #featuredMediaId} is. */
    @Column(name = "featured_alt")
    String featuredAlt;

    @ElementCollection
    @CollectionTable(name = "post_partner_cities", joinColumns = @JoinColumn(name = "post_id"))
    @OrderColumn(name = "position")
    @Column(name = "partner_city_id", nullable = false)
    @Convert(converter = UuidColumn.class)
    @BatchFetch(BatchFetchType.IN)
    List<UUID> partnerCityIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "post_topics", joinColumns = @JoinColumn(name = "post_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic_id", nullable = false)
    @Convert(converter = UuidColumn.class)
    @BatchFetch(BatchFetchType.IN)
    List<UUID> topicIds = new ArrayList<>();

    /**
     * The post's former slugs, rows of {@code post_former_slugs} ({@link PostFormerSlugJpaEntity}) that
     * {@link JpaPostRepository} reads into this field and writes from it.
     */
    @Transient
    Set<String> formerSlugs = new HashSet<>();

    protected PostJpaEntity() {
    }

    PostJpaEntity(UUID id) {
        this.id = id;
    }
}
