package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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

    /**
     * The rows of {@code partner_city_translations}, keyed by language code: keyed as the table is, by
     * (city, language), so that a change writes only the languages that changed.
     */
    @ElementCollection
    @CollectionTable(name = "partner_city_translations", joinColumns = @JoinColumn(name = "city_id"))
    @MapKeyColumn(name = "language")
    @BatchFetch(BatchFetchType.IN)
    Map<String, CityTranslationJpaEmbeddable> translations = new HashMap<>();

    protected PartnerCityJpaEntity() {
    }

    PartnerCityJpaEntity(UUID id) {
        this.id = id;
    }
}
