package org.hrcities.platform.application.port.in.city;

/** Visitors read about one partner city and the posts tagged with it. */
public interface ReadPartnerCityUseCase {

    /** @throws PartnerCityNotFoundException if no city has the slug */
    PartnerCityProfile readPartnerCity(ReadPartnerCityQuery query);
}
