package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.city.PartnerCity;

/** Administrators reinstate a retired city that rejoins the network: it is listed again. */
public interface ReinstatePartnerCityUseCase {

    /**
     * @throws PartnerCityNotFoundException if the city is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the city is no longer at the expected version
     * @throws org.hrcities.platform.domain.city.PartnerCityStateException if it is not retired
     */
    PartnerCity reinstatePartnerCity(ReinstatePartnerCityCommand command);
}
