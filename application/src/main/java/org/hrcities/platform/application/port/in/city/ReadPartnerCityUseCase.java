package org.hrcities.platform.application.port.in.city;

/**
 * Visitors read about one partner city, in one of the site's languages, and the posts tagged with it. A retired city keeps its page
 * ({@code city().isRetired()} says it is a former partner city).
 */
public interface ReadPartnerCityUseCase {

    /**
     * @throws PartnerCityNotFoundException if no city has the slug, or the site is not written in the
     *         query's language
     */
    PartnerCityProfile readPartnerCity(ReadPartnerCityQuery query);
}
