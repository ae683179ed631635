package org.hrcities.platform.application.port.in.city;

import java.util.List;
import org.hrcities.platform.domain.city.PartnerCity;

/** Visitors look through the network's partner cities, by name: the current ones, never the retired. */
public interface ListPartnerCitiesUseCase {

    List<PartnerCity> listPartnerCities();
}
