package org.hrcities.platform.application.port.in.city;

import java.util.List;
import org.hrcities.platform.domain.shared.Language;

/**
 * Visitors look through the network's partner cities in one of the site's languages, by their name
 * in it: the current ones, never the retired.
 */
public interface ListPartnerCitiesUseCase {

    /** @throws org.hrcities.platform.domain.shared.InvalidValueException ({@code language}) if the site is not written in it */
    List<PartnerCityInLanguage> listPartnerCities(Language language);
}
