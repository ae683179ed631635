package org.hrcities.platform.adapter.in.web.admin.city;

import java.util.List;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.domain.city.PartnerCity;

/** Every partner city, current and retired, for administrators. */
public record CitiesAdminPage(AdminNav nav, List<PartnerCity> cities, String notice, String error) {
}
