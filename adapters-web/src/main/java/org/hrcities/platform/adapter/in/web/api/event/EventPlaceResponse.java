package org.hrcities.platform.adapter.in.web.api.event;

import java.util.Optional;
import org.hrcities.platform.adapter.in.web.api.shared.PartnerCityRefResponse;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.event.EventPlace;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Where an event is held: the partner city (left out when it is held elsewhere or online only), the
 * venue's address ("" for an event held online only) and the link to join online (left out when
 * it is held in a place only).
 */
public record EventPlaceResponse(PartnerCityRefResponse city, String address, String onlineLink) {

    public static EventPlaceResponse from(EventPlace place, Optional<PartnerCity> city) {
        return new EventPlaceResponse(city.map(PartnerCityRefResponse::from).orElse(null), place.address(),
                place.online().map(WebsiteUrl::value).orElse(null));
    }
}
