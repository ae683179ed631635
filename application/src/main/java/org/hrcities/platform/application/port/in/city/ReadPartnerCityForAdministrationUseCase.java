package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;

/** Administrators open one city, current or retired, to change it. */
public interface ReadPartnerCityForAdministrationUseCase {

    /** @throws PartnerCityNotFoundException if no city has the id */
    PartnerCity readPartnerCityForAdministration(PartnerCityId id);
}
