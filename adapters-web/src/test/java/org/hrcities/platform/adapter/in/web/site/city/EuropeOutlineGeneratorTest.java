package org.hrcities.platform.adapter.in.web.site.city;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that draws the map's outline: TopoJSON decoding, simplification, cutting, path data. */
class EuropeOutlineGeneratorTest {

    private static final String TOPOLOGY = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.25], "translate": [-10, 40]},
             "objects": {"land": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0, -2]], "properties": {"name": "Somewhere"}},
                {"type": "MultiPolygon", "arcs": [[[1, 2]], [[3]]]},
                {"type": null}]}},
             "arcs": [[[0, 0], [4, 0], [0, 4]], [[0, 0], [0, 4]], [[0, 4], [4, -4]], [[10, 10], [1, 0], [0, 1], [-1, -1]]]}
            """; // -2 is ~1: arc 1 reversed

    private static Path source() {
        return Path.of("src/build/world-atlas/countries-50m.json");
    }

    @Test
    void decodes_delta_encoded_arcs_through_the_transform() {
        EuropeOutlineGenerator.Topology topology = EuropeOutlineGenerator.Topology.read(TOPOLOGY.getBytes(StandardCharsets.UTF_8));

        List<double[]> first = topology.arcs().get(0);
        assertArrayEquals(new double[] {-10, 40}, first.get(0));
        assertArrayEquals(new double[] {-8, 40}, first.get(1), "x: 4 steps of 0.5 from -10");
        assertArrayEquals(new double[] {-8, 41}, first.get(2), "y: 4 steps of 0.25 from 40, deltas add up");
        assertArrayEquals(new double[] {-5, 42.5}, topology.arcs().get(3).get(0));
    }

    @Test
    void reads_polygons_and_multipolygons_with_their_arc_indexes_and_skips_empty_geometries() {
        EuropeOutlineGenerator.Topology topology = EuropeOutlineGenerator.Topology.read(TOPOLOGY.getBytes(StandardCharsets.UTF_8));

        List<EuropeOutlineGenerator.Shape> shapes = topology.shapes("land");

        assertEquals(2, shapes.size());
        assertEquals("Somewhere", shapes.get(0).name());
        assertArrayEquals(new int[] {0, -2}, shapes.get(0).polygons().get(0).get(0), "~1, arc 1 reversed, is -2");
        assertEquals(2, shapes.get(1).polygons().size());
        assertThrows(IllegalArgumentException.class, () -> topology.shapes("sea"));
    }

    @Test
    void simplifying_keeps_the_ends_and_every_point_that_strays_beyond_the_tolerance() {
        List<double[]> straight = List.of(new double[] {0, 0}, new double[] {1, 0.2}, new double[] {2, -0.2},
                new double[] {3, 0.3}, new double[] {4, 0.1}, new double[] {5, 0});
        List<double[]> bent = List.of(new double[] {0, 0}, new double[] {1, 0.2}, new double[] {2.5, 1},
                new double[] {4, 0.2}, new double[] {5, 0});

        assertEquals(List.of("0.0,0.0", "5.0,0.0"), text(EuropeOutlineGenerator.simplify(straight, 0.5)));
        assertEquals(List.of("0.0,0.0", "2.5,1.0", "5.0,0.0"), text(EuropeOutlineGenerator.simplify(bent, 0.5)));
    }

    @Test
    void simplifying_a_closed_arc_keeps_its_shape_from_its_farthest_point() {
        List<double[]> island = List.of(new double[] {0, 0}, new double[] {10, 0}, new double[] {10, 10},
                new double[] {5, 10.1}, new double[] {0, 10}, new double[] {0, 0});

        List<double[]> kept = EuropeOutlineGenerator.simplify(island, 0.5);

        assertEquals(5, kept.size(), "the four corners and the closing point; the point on the top edge goes");
    }

    @Test
    void cuts_a_ring_along_the_frame_widened_by_the_margin() {
        double m = EuropeOutlineGenerator.CUT_MARGIN;
        List<double[]> square = List.of(new double[] {-50, -50}, new double[] {100, -50}, new double[] {100, 100},
                new double[] {-50, 100});

        List<double[]> cut = EuropeOutlineGenerator.clipPolygon(square);

        assertEquals(sortedText(List.of(new double[] {-m, -m}, new double[] {100, -m}, new double[] {100, 100},
                new double[] {-m, 100})), sortedText(cut));
        assertEquals(List.of(), EuropeOutlineGenerator.clipPolygon(List.of(new double[] {-90, -90},
                new double[] {-80, -90}, new double[] {-80, -80})), "a ring outside the frame is gone");
    }

    @Test
    void cuts_a_line_into_the_pieces_that_lie_inside_the_frame() {
        double m = EuropeOutlineGenerator.CUT_MARGIN;
        List<double[]> line = List.of(new double[] {-20, 10}, new double[] {20, 10}, new double[] {30, 10},
                new double[] {30, -20}, new double[] {40, -20}, new double[] {40, 20});

        List<List<double[]>> pieces = EuropeOutlineGenerator.clipLine(line);

        assertEquals(2, pieces.size(), "in, out over the top edge, back in");
        assertEquals(List.of(-m + ",10.0", "20.0,10.0", "30.0,10.0", "30.0," + -m), text(pieces.get(0)));
        assertEquals(List.of("40.0," + -m, "40.0,20.0"), text(pieces.get(1)));
    }

    @Test
    void rounds_to_tenths_and_drops_repeated_points_and_a_ring_closing_point() {
        List<long[]> rounded = EuropeOutlineGenerator.round(List.of(new double[] {1.04, 2.0}, new double[] {1.01, 1.96},
                new double[] {3.0, 4.0}, new double[] {1.0, 2.0}), true);

        assertEquals(List.of("10,20", "30,40"), rounded.stream().map(p -> p[0] + "," + p[1]).toList());
    }

    @Test
    void writes_compact_path_data_that_reads_back_to_the_same_points() {
        List<List<long[]>> rings = List.of(
                List.of(new long[] {1234, 56}, new long[] {1239, 51}, new long[] {1229, 61}),
                List.of(new long[] {0, 0}, new long[] {-15, 100}, new long[] {10, 3}));
        List<List<long[]>> lines = List.of(List.of(new long[] {5, 5}, new long[] {25, 5}),
                List.of(new long[] {25, 10}, new long[] {30, 12}, new long[] {32, 7}));

        String land = SvgPathData.write(rings, true);
        String borders = SvgPathData.write(lines, false);

        assertEquals("m123.4 5.6.5-.5-1 1zm-123.4-5.6-1.5 10 2.5-9.7z", land);
        assertEquals("m.5.5 2 0m0 .5.5.2.2-.5", borders);
        assertEquals(List.of("123.4,5.6", "123.9,5.1", "122.9,6.1"), text(SvgPathData.read(land).get(0).points()));
        assertEquals(List.of("0.0,0.0", "-1.5,10.0", "1.0,0.3"), text(SvgPathData.read(land).get(1).points()));
        assertEquals(List.of("2.5,1.0", "3.0,1.2", "3.2,0.7"), text(SvgPathData.read(borders).get(1).points()));
        assertTrue(SvgPathData.read(land).get(1).closed());
        assertThrows(IllegalArgumentException.class, () -> SvgPathData.read("m1 2 3"));
        assertThrows(IllegalArgumentException.class, () -> SvgPathData.read("m1 2c3 4"));
    }

    @Test
    void crimea_is_drawn_as_part_of_ukraine_and_cyprus_as_one_island_state() {
        List<SvgPathData.Subpath> borders = SvgPathData.read(CityMap.of(List.of()).borders());

        assertFalse(crossesBorder(borders, 45.70, 33.70, 46.50, 33.70), "from Crimea over the Perekop isthmus to the mainland: no border");
        assertFalse(crossesBorder(borders, 34.68, 33.04, 35.12, 33.94), "Limassol to Famagusta crosses none either");
        assertTrue(crossesBorder(borders, 49.99, 36.23, 50.60, 36.59), "Kharkiv to Belgorod crosses Ukraine's border");
        assertTrue(crossesBorder(borders, 48.14, 11.58, 47.80, 13.04), "Munich to Salzburg crosses Germany's");
    }

    @Test
    void the_build_refuses_a_source_that_is_not_the_one_it_knows(@TempDir Path directory) throws Exception {
        Path other = Files.writeString(directory.resolve("countries-50m.json"), TOPOLOGY);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EuropeOutlineGenerator.main(
                new String[] {other.toString(), directory.resolve("out.properties").toString()}));
        assertTrue(refused.getMessage().contains("SOURCE_SHA256"), refused.getMessage());
    }

    @Test
    void the_outline_on_the_classpath_is_the_one_the_source_gives() throws Exception {
        EuropeOutlineGenerator.Outline drawn = EuropeOutlineGenerator.draw(
                EuropeOutlineGenerator.Topology.read(Files.readAllBytes(source())), EuropeOutlineGenerator.TOLERANCE);

        assertEquals(drawn.land(), CityMap.of(List.of()).land());
        assertEquals(drawn.borders(), CityMap.of(List.of()).borders());
    }

    /** Whether the straight line between two places on the map crosses a border line. */
    private static boolean crossesBorder(List<SvgPathData.Subpath> borders, double fromLatitude, double fromLongitude,
                                         double toLatitude, double toLongitude) {
        CityMap.Position from = CityMap.project(fromLatitude, fromLongitude);
        CityMap.Position to = CityMap.project(toLatitude, toLongitude);
        for (SvgPathData.Subpath line : borders) {
            for (int i = 1; i < line.points().size(); i++) {
                double[] a = line.points().get(i - 1), b = line.points().get(i);
                if (side(from, to, a) != side(from, to, b)
                        && side(new CityMap.Position(a[0], a[1]), new CityMap.Position(b[0], b[1]), new double[] {from.x(), from.y()})
                        != side(new CityMap.Position(a[0], a[1]), new CityMap.Position(b[0], b[1]), new double[] {to.x(), to.y()})) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean side(CityMap.Position from, CityMap.Position to, double[] point) {
        return (to.x() - from.x()) * (point[1] - from.y()) - (to.y() - from.y()) * (point[0] - from.x()) > 0;
    }

    private static List<String> text(List<double[]> points) {
        List<String> text = new ArrayList<>();
        for (double[] point : points) {
            text.add(String.format(Locale.ROOT, "%.1f,%.1f", point[0], point[1]));
        }
        return text;
    }

    private static List<String> sortedText(List<double[]> points) {
        return text(points).stream().sorted().toList();
    }
}
