package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.city.PartnerCity;

/**
 * Administrators retire a city that leaves the network: it disappears from the public list, the map
 * and the GeoJSON, and keeps its page (as a former partner city) and the posts tagged with it.
 */
public interface RetirePartnerCityUseCase {

    /**
     * @throws PartnerCityNotFoundException if the city is gone
     * @throws org.hrcities.platform.domain.shared.ConcurrentUpdateException if the city is no longer at the expected version
     * @throws org.hrcities.platform.domain.city.PartnerCityStateException if it is retired already
     */
    PartnerCity retirePartnerCity(RetirePartnerCityCommand command);
}
