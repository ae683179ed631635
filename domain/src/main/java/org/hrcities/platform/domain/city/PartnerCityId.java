package org.hrcities.platform.domain.city;

import java.util.UUID;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** Identifies a partner city. */
public record PartnerCityId(UUID value) {

    public PartnerCityId {
        if (value == null) {
            throw new InvalidValueException("partnerCityId", "partner city id is required");
        }
    }

    public static PartnerCityId generate() {
        return new PartnerCityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
