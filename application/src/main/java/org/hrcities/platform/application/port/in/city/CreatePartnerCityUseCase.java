package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.city.PartnerCity;

/** Administrators add a city that joins the network. */
public interface CreatePartnerCityUseCase {

    /** @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another city has the slug */
    PartnerCity createPartnerCity(CreatePartnerCityCommand command);
}
