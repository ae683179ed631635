package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The name and description of a row of {@code partner_city_translations}; the row's key is the city
 * and the language, which {@link PartnerCityJpaEntity#translations} holds as the map's key.
 */
@Embeddable
public class CityTranslationJpaEmbeddable {

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description", nullable = false)
    String description;

    protected CityTranslationJpaEmbeddable() {
    }

    CityTranslationJpaEmbeddable(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
