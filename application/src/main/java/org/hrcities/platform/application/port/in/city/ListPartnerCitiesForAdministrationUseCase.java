package org.hrcities.platform.application.port.in.city;

import java.util.List;
import org.hrcities.platform.domain.city.PartnerCity;

/** Administrators look through every city, retired ones included, by name. */
public interface ListPartnerCitiesForAdministrationUseCase {

    List<PartnerCity> listAllPartnerCities();
}
