package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.Slug;

/**
 * No partner city is there: for administrators, none, current or retired, has the id; for
 * visitors, none answers at the slug. One exception for every use case that looks a city up,
 * whatever by.
 */
public class PartnerCityNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PartnerCityId id;

    /** No partner city, current or retired, has the id. */
    public PartnerCityNotFoundException(PartnerCityId id) {
        super("no partner city has the id " + id);
        this.id = id;
    }

    /** No partner city answers at the slug. */
    public PartnerCityNotFoundException(Slug slug) {
        super("no partner city has the slug \"" + slug + "\"");
        this.id = null;
    }

    /** The id looked for; null when the city was looked for by its slug. */
    public PartnerCityId id() {
        return id;
    }
}
