package org.hrcities.platform.domain.city;

import org.hrcities.platform.domain.shared.InvalidValueException;

/** A place on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new InvalidValueException("latitude", "latitude must lie between -90 and 90 degrees");
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new InvalidValueException("longitude", "longitude must lie between -180 and 180 degrees");
        }
    }
}
