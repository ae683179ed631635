package org.hrcities.platform.adapter.in.web.site.city;

import java.util.List;

/** The directory of partner cities with their map. */
public record CitiesPage(List<CityRow> cities, CityMap map) {
}
