package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;

/**
 * Which partner city a category or tag of a WordPress export stands for, as staff write it:
 * {@code category:graz=graz} (the term's taxonomy and slug there, the city's slug here).
 */
public final class TopicMappings {

    private TopicMappings() {
    }

    /**
     * Reads the mappings into {@code into}, and answers what is wrong with each one that cannot be read,
     * in a sentence (empty when all are fine).
     */
    public static List<String> read(List<String> mappings, List<PartnerCity> cities, Map<String, PartnerCityId> into) {
        Map<String, PartnerCity> bySlug = new HashMap<>();
        cities.forEach(city -> bySlug.put(city.slug().value(), city));
        List<String> wrong = new ArrayList<>();
        for (String mapping : mappings) {
            int equals = mapping.indexOf('=');
            String topic = equals < 0 ? "" : mapping.substring(0, equals).strip();
            String city = equals < 0 ? "" : mapping.substring(equals + 1).strip();
            if (!topic.matches("(category|tag):[^\\s=]+")) {
                wrong.add("\"" + mapping + "\" must read category:slug=city-slug or tag:slug=city-slug.");
            } else if (!bySlug.containsKey(city)) {
                wrong.add("No partner city has the slug \"" + city + "\".");
            } else {
                into.put(topic, bySlug.get(city).id());
            }
        }
        return wrong;
    }
}
