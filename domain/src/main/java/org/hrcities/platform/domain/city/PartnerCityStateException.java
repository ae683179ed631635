package org.hrcities.platform.domain.city;

import org.hrcities.platform.domain.shared.DomainException;

/** The change asked of a partner city does not fit the state it is in (retiring a retired city, say). */
public class PartnerCityStateException extends DomainException {

    private static final long serialVersionUID = 1L;

    public PartnerCityStateException(String message) {
        super(message);
    }
}
