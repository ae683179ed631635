package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.city.PartnerCity;

/** Administrators change what the network says about a city. */
public interface EditPartnerCityUseCase {

    /**
     * @throws PartnerCityNotFoundException if the city is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the city is no longer at the expected version
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another city has the slug
     */
    PartnerCity editPartnerCity(EditPartnerCityCommand command);
}
