package org.hrcities.platform.application.port.in.city;

import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** An administrator reinstates a retired city that rejoins the network, as read at {@code expectedVersion}. */
public record ReinstatePartnerCityCommand(PartnerCityId id, long expectedVersion) {

    public ReinstatePartnerCityCommand {
        Objects.requireNonNull(id, "id");
        if (expectedVersion < 1) {
            throw new InvalidValueException("version", "version must be the version of the city as it was read (1 or more)");
        }
    }
}
