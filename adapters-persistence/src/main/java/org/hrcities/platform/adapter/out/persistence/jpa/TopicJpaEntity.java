package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A row of {@code topics}. */
@Entity
@Table(name = "topics")
public class TopicJpaEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "slug", nullable = false)
    String slug;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description", nullable = false)
    String description;

    protected TopicJpaEntity() {
    }

    TopicJpaEntity(UUID id) {
        this.id = id;
    }
}
