package org.hrcities.platform.application.port.in.city;

import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** An administrator retires a city that leaves the network, as read at {@code expectedVersion}. */
public record RetirePartnerCityCommand(PartnerCityId id, long expectedVersion) {

    public RetirePartnerCityCommand {
        Objects.requireNonNull(id, "id");
        if (expectedVersion < 1) {
            throw new InvalidValueException("version", "version must be the version of the city as it was read (1 or more)");
        }
    }
}
