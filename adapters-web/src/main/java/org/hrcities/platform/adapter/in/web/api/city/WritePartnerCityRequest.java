package org.hrcities.platform.adapter.in.web.api.city;

import java.util.Map;

/**
 * The body of {@code POST /api/admin/cities} and {@code PUT /api/admin/cities/{id}}: everything the
 * network says about a city. {@code membership} is GUEST or ASSOCIATE_MEMBER; {@code website} may be null.
 * {@code name} and {@code description} are in the site's default language; {@code translations} give
 * them in the site's other languages, by code ({@code {"fr": {"name": "Vienne", "description": "..."}}}).
 * Missing translations leave a stored city's as they are; an object replaces them all.
 */
public record WritePartnerCityRequest(String slug, String name, String country, String membership, Integer memberSince,
                                      String website, Double latitude, Double longitude, String description,
                                      Map<String, CityTranslationRequest> translations) {

    /** A city without translations (a change leaves its own as they are). */
    public WritePartnerCityRequest(String slug, String name, String country, String membership, Integer memberSince,
                                   String website, Double latitude, Double longitude, String description) {
        this(slug, name, country, membership, memberSince, website, latitude, longitude, description, null);
    }
}
