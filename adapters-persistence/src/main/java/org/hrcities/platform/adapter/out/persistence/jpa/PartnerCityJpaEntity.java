package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A row of {@code partner_cities}. */
@Entity
@Table(name = "partner_cities")
public class PartnerCityJpaEntity {

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

    @Column(name = "country_code", nullable = false)
    String countryCode;

    @Column(name = "membership", nullable = false)
    String membership;

    @Column(name = "member_since", nullable = false)
    int memberSince;

    @Column(name = "website")
    String website;

    @Column(name = "latitude", nullable = false)
    double latitude;

    @Column(name = "longitude", nullable = false)
    double longitude;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "retired", nullable = false)
    boolean retired;

    protected PartnerCityJpaEntity() {
    }

    PartnerCityJpaEntity(UUID id) {
        this.id = id;
    }
}
