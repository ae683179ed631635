package org.hrcities.platform.adapter.in.web.site.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CityMapTest {

    private static CityRow city(String name, double latitude, double longitude) {
        return new CityRow(name.toLowerCase(), name, "Somewhere", "Guest", 2020, null, "", latitude, longitude, false);
    }

    @Test
    void places_every_city_inside_the_drawing_west_left_and_north_up() {
        CityMap map = CityMap.of(List.of(city("York", 53.96, -1.09), city("Graz", 47.07, 15.44), city("Lund", 55.70, 13.19)));
        assertEquals(640, map.width());
        for (CityMap.Point point : map.points()) {
            double x = Double.parseDouble(point.x());
            double y = Double.parseDouble(point.y());
            assertTrue(x > 0 && x < map.width() && y > 0 && y < map.height(), point.toString());
        }
        CityMap.Point york = map.points().stream().filter(p -> p.name().equals("York")).findFirst().orElseThrow();
        CityMap.Point graz = map.points().stream().filter(p -> p.name().equals("Graz")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(york.x()) < Double.parseDouble(graz.x()), "York lies west of Graz");
        assertTrue(Double.parseDouble(york.y()) < Double.parseDouble(graz.y()), "York lies north of Graz");
        assertEquals("start", york.anchor(), "labels of western cities point east");
        assertEquals("end", graz.anchor(), "labels of eastern cities point west");
    }

    @Test
    void an_empty_network_draws_an_empty_map() {
        assertEquals(List.of(), CityMap.of(List.of()).points());
    }
}
