package org.hrcities.platform.adapter.in.web.api.city;

/**
 * The body of {@code POST /api/admin/cities} and {@code PUT /api/admin/cities/{id}}: everything the
 * network says about a city. {@code membership} is GUEST or ASSOCIATE_MEMBER; {@code website} may be null.
 */
public record WritePartnerCityRequest(String slug, String name, String country, String membership, Integer memberSince,
                                      String website, Double latitude, Double longitude, String description) {
}
