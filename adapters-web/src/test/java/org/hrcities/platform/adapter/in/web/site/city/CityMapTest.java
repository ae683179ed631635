package org.hrcities.platform.adapter.in.web.site.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CityMapTest {

    private static final List<SvgPathData.Subpath> LAND = SvgPathData.read(CityMap.of(List.of()).land());
    private static final List<SvgPathData.Subpath> BORDERS = SvgPathData.read(CityMap.of(List.of()).borders());

    private static CityRow city(String name, double latitude, double longitude) {
        return new CityRow(name.toLowerCase(), name, "Somewhere", "Guest", 2020, null, "", latitude, longitude, false);
    }

    private static CityMap.Point point(CityMap map, String name) {
        return map.points().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
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
        CityMap.Point york = point(map, "York");
        CityMap.Point graz = point(map, "Graz");
        assertTrue(Double.parseDouble(york.x()) < Double.parseDouble(graz.x()), "York lies west of Graz");
        assertTrue(Double.parseDouble(york.y()) < Double.parseDouble(graz.y()), "York lies north of Graz");
        assertEquals("start", york.anchor(), "a label with room on its right starts at its dot");
    }

    @Test
    void a_label_that_would_cover_a_neighbours_goes_to_the_other_side() {
        CityMap map = CityMap.of(List.of(city("Utrecht", 52.0907, 5.1214), city("Middelburg", 51.4988, 3.6136)));

        assertEquals("start", point(map, "Utrecht").anchor(), "the northern city is labelled first, on its right");
        assertEquals("end", point(map, "Middelburg").anchor(), "Middelburg's label would run through Utrecht's");
    }

    @Test
    void a_city_beyond_the_frame_is_left_to_the_table() {
        CityMap map = CityMap.of(List.of(city("York", 53.96, -1.09), city("Montreal", 45.50, -73.57)));

        assertEquals(List.of("York"), map.points().stream().map(CityMap.Point::name).toList());
        assertEquals(1, map.offMap());
    }

    @Test
    void an_empty_network_draws_the_outline_without_dots() {
        CityMap map = CityMap.of(List.of());

        assertEquals(List.of(), map.points());
        assertFalse(map.land().isEmpty());
    }

    @Test
    void the_outline_is_well_formed_path_data_within_the_frame() {
        assertTrue(CityMap.of(List.of()).land().matches("[mz0-9.\\- ]+"), "relative moves and lines only");
        assertTrue(LAND.size() > 50, "Europe has many islands: " + LAND.size());
        assertTrue(BORDERS.size() > 50, "and many borders: " + BORDERS.size());
        for (SvgPathData.Subpath ring : LAND) {
            assertTrue(ring.closed() && ring.points().size() >= 3, "every piece of land is a closed ring");
        }
        for (SvgPathData.Subpath line : BORDERS) {
            assertTrue(!line.closed() && line.points().size() >= 2, "every border is an open line");
        }
        double margin = EuropeOutlineGenerator.CUT_MARGIN + 0.1;
        for (List<SvgPathData.Subpath> subpaths : List.of(LAND, BORDERS)) {
            for (SvgPathData.Subpath subpath : subpaths) {
                for (double[] point : subpath.points()) {
                    assertTrue(point[0] >= -margin && point[0] <= CityMap.WIDTH + margin
                            && point[1] >= -margin && point[1] <= CityMap.HEIGHT + margin, point[0] + "," + point[1]);
                }
            }
        }
    }

    @Test
    void cities_inland_lie_on_land_and_the_open_sea_does_not() {
        for (double[] inland : new double[][] {{40.42, -3.70}, {48.21, 16.37}, {52.23, 21.01}, {59.33, 18.07},
                {53.96, -1.09}, {64.15, -21.94}, {50.45, 30.52}, {45.04, 34.10}}) { // ... Reykjavik, Kyiv, Crimea
            assertTrue(onLand(CityMap.project(inland[0], inland[1])), inland[0] + "," + inland[1] + " is on land");
        }
        for (double[] sea : new double[][] {{40.0, 5.0}, {56.0, 3.0}, {43.0, 34.0}, {57.5, 19.5}, {47.0, -8.0}}) {
            assertFalse(onLand(CityMap.project(sea[0], sea[1])), sea[0] + "," + sea[1] + " is at sea");
        }
    }

    @Test
    void barcelona_lies_on_the_mediterranean_coast_where_its_dot_is_drawn() {
        CityMap map = CityMap.of(List.of(city("Barcelona", 41.3874, 2.1686)));
        CityMap.Position projected = CityMap.project(41.3874, 2.1686);
        CityMap.Point dot = point(map, "Barcelona");

        assertEquals(projected.x(), Double.parseDouble(dot.x()), 0.05, "the dot is where the outline's projection puts it");
        assertEquals(projected.y(), Double.parseDouble(dot.y()), 0.05);
        double coast = distanceToCoast(projected);
        assertTrue(coast < 1.5, "Barcelona's dot is within 1.5 units (10 km) of the coast, not out at sea: " + coast);
        CityMap.Position inland = CityMap.project(41.70, 1.90);
        CityMap.Position offshore = CityMap.project(41.10, 2.60);
        assertTrue(onLand(inland) && !onLand(offshore), "land north-west of Barcelona, sea south-east of it");
    }

    @Test
    void lund_and_york_lie_near_their_coasts_too() {
        double lund = distanceToCoast(CityMap.project(55.7047, 13.1910));
        assertTrue(lund < 3, "Lund, 10 km from the Øresund, within 3 units (20 km) of the drawn coast: " + lund);
        double york = distanceToCoast(CityMap.project(53.96, -1.0873));
        assertTrue(york > 3 && york < 10, "York, 35 km from the Humber, 3 to 10 units (20 to 70 km) from it: " + york);
    }

    /** Even-odd: a point is on land when a ray from it crosses the land's edges an odd number of times. */
    private static boolean onLand(CityMap.Position position) {
        boolean inside = false;
        for (SvgPathData.Subpath ring : LAND) {
            List<double[]> points = ring.points();
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                double[] a = points.get(i), b = points.get(j);
                if ((a[1] > position.y()) != (b[1] > position.y())
                        && position.x() < (b[0] - a[0]) * (position.y() - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static double distanceToCoast(CityMap.Position position) {
        double nearest = Double.MAX_VALUE;
        double[] p = {position.x(), position.y()};
        for (SvgPathData.Subpath ring : LAND) {
            List<double[]> points = ring.points();
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                nearest = Math.min(nearest, EuropeOutlineGenerator.distanceToSegment(p, points.get(j), points.get(i)));
            }
        }
        return nearest;
    }
}
