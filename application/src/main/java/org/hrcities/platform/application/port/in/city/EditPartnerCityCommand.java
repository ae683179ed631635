package org.hrcities.platform.application.port.in.city;

import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** An administrator replaces what the network says about a city, as read at {@code expectedVersion}. */
public record EditPartnerCityCommand(PartnerCityId id, long expectedVersion, PartnerCityInput city) {

    public EditPartnerCityCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(city, "city");
        if (expectedVersion < 1) {
            throw new InvalidValueException("version", "version must be the version of the city as it was read (1 or more)");
        }
    }
}
