package org.hrcities.platform.adapter.in.web.api.city;

import java.util.List;
import java.util.Map;

/** The partner cities as a GeoJSON (RFC 7946) FeatureCollection: one Point feature per city. */
public record GeoJsonResponse(String type, List<Feature> features) {

    /** A city as a feature: its place, and what the network says about it. */
    public record Feature(String type, Point geometry, Map<String, Object> properties) {
    }

    /** A GeoJSON Point: longitude first, then latitude. */
    public record Point(String type, List<Double> coordinates) {
    }

    public static GeoJsonResponse from(List<PartnerCityResponse> cities) {
        return new GeoJsonResponse("FeatureCollection", cities.stream().map(city -> new Feature("Feature",
                new Point("Point", List.of(city.longitude(), city.latitude())),
                Map.of("name", city.name(), "slug", city.slug(), "country", city.country(),
                        "membership", city.membership(), "memberSince", city.memberSince(), "url", city.url())))
                .toList());
    }
}
