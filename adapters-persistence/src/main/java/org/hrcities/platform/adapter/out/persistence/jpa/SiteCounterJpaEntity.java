package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code site_counters}: a total kept by the adapter (the published posts), read by
 * primary key instead of counted. Never cached: it changes with every publication.
 */
@Entity
@Table(name = "site_counters")
@Cacheable(false)
public class SiteCounterJpaEntity {

    static final String PUBLISHED_POSTS = "published_posts";

    @Id
    @Column(name = "counter_name")
    String name;

    @Column(name = "counter_value", nullable = false)
    long value;

    protected SiteCounterJpaEntity() {
    }
}
