package org.hrcities.platform.application.port.in.city;

import org.hrcities.platform.domain.shared.Slug;

/** No partner city answers at the slug. */
public class PartnerCityNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PartnerCityNotFoundException(Slug slug) {
        super("no partner city has the slug \"" + slug + "\"");
    }
}
