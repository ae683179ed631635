package org.hrcities.platform.application.port.in.city;

import java.util.Objects;

/** An administrator adds a city that joins the network. */
public record CreatePartnerCityCommand(PartnerCityInput city) {

    public CreatePartnerCityCommand {
        Objects.requireNonNull(city, "city");
    }
}
