package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.city.PartnerCityId;

/** No partner city, current or retired, has the id. */
public class UnknownPartnerCityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PartnerCityId id;

    public UnknownPartnerCityException(PartnerCityId id) {
        super("no partner city has the id " + id);
        this.id = id;
    }

    public PartnerCityId id() {
        return id;
    }
}
