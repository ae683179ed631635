package org.hrcities.platform.domain.event;

import java.util.Optional;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Text;
import org.hrcities.platform.domain.shared.WebsiteUrl;

/**
 * Where an event is held: an address (usually in a partner city), an online link, or both. An
 * event held in a place names its address; the partner city it is in may be left out (a meeting
 * at the United Nations in Geneva, say), and then the event has no point on the map.
 *
 * @param city       the partner city the event is held in, or null
 * @param address    the venue's address, or "" for an event held only online
 * @param onlineLink where to join online, or null for an event held only in a place
 */
public record EventPlace(PartnerCityId city, String address, WebsiteUrl onlineLink) {

    public static final int MAX_ADDRESS_LENGTH = 300;

    public EventPlace {
        address = address == null || address.isBlank() ? "" : Text.requireSingleLine("address", address, MAX_ADDRESS_LENGTH);
        if (city != null && address.isEmpty()) {
            throw new InvalidValueException("address", "an event held in a partner city needs the address of its venue");
        }
        if (address.isEmpty() && onlineLink == null) {
            throw new InvalidValueException("address", "an event needs an address, an online link, or both");
        }
    }

    /** An event held at an address, in a partner city or (with {@code city} null) elsewhere. */
    public static EventPlace at(PartnerCityId city, String address) {
        return new EventPlace(city, address, null);
    }

    /** An event held online only. */
    public static EventPlace online(WebsiteUrl link) {
        if (link == null) {
            throw new InvalidValueException("onlineLink", "an online event needs its link");
        }
        return new EventPlace(null, "", link);
    }

    public Optional<PartnerCityId> partnerCity() {
        return Optional.ofNullable(city);
    }

    public Optional<WebsiteUrl> online() {
        return Optional.ofNullable(onlineLink);
    }

    public boolean hasAddress() {
        return !address.isEmpty();
    }

    public AttendanceMode attendanceMode() {
        if (!hasAddress()) {
            return AttendanceMode.ONLINE;
        }
        return onlineLink == null ? AttendanceMode.IN_PERSON : AttendanceMode.MIXED;
    }
}
