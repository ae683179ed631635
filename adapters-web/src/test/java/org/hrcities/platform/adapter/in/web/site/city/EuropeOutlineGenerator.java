package org.hrcities.platform.adapter.in.web.site.city;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Draws the outline of the partner-city map once, when the web adapter is built: reads Natural Earth's
 * countries at 1:50m as TopoJSON (world-atlas 2.0.2, kept in src/build/world-atlas), projects every arc with
 * {@link CityMap#project}, the projection of the map's dots, simplifies each arc (Douglas-Peucker), cuts what
 * the frame shows and writes the land and the borders as SVG path data into {@value CityMap#OUTLINE} beside
 * CityMap. The build runs it after compiling the tests (exec-maven-plugin, adapters-web/pom.xml);
 * docs/decisions/0021 says why and what it measured.
 *
 * <p>Arcs are simplified before they are joined, so that the land and the border drawn from one arc keep
 * meeting. Usage: {@code EuropeOutlineGenerator <countries-50m.json> <europe-outline.properties>}.
 */
public final class EuropeOutlineGenerator {

    /** The SHA-256 of world-atlas 2.0.2's countries-50m.json, as the npm package ships it. */
    static final String SOURCE_SHA256 = "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394";
    /** How far, in user units, a simplified line may stray from Natural Earth's: about 3.5 km. */
    static final double TOLERANCE = 0.5;
    /** Islands smaller than this, in square user units after rounding (about 100 km²), are left out. */
    static final double SMALLEST_AREA = 2;
    /** Lines are cut this far outside the frame, so that the cut edges never show. */
    static final double CUT_MARGIN = 3;

    private EuropeOutlineGenerator() {
    }

    /** The outline as path data: land (closed, even-odd) and borders (open). */
    record Outline(String land, String borders, int landRings, int borderLines) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EuropeOutlineGenerator <countries-50m.json> <europe-outline.properties>");
        }
        long started = System.nanoTime();
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        byte[] json = Files.readAllBytes(source);
        String digest = sha256(json);
        if (!digest.equals(SOURCE_SHA256)) {
            throw new IllegalStateException(source + " is not world-atlas 2.0.2's countries-50m.json (SHA-256 " + digest
                    + "); a new source needs a new look at the map and a new SOURCE_SHA256");
        }
        Outline outline = draw(Topology.read(json), TOLERANCE);
        Files.createDirectories(target.getParent());
        Files.writeString(target, """
                # Europe's land and borders for CityMap, drawn by EuropeOutlineGenerator (adapters-web tests) at build time
                # from Natural Earth 1:50m (public domain) as world-atlas 2.0.2 ships it (ISC licence). Do not edit.
                land=%s
                borders=%s
                """.formatted(outline.land(), outline.borders()), StandardCharsets.US_ASCII);
        System.out.printf("europe-outline: land %,d bytes in %d outlines, borders %,d bytes in %d lines, %d ms -> %s%n",
                outline.land().length(), outline.landRings(), outline.borders().length(), outline.borderLines(),
                (System.nanoTime() - started) / 1_000_000, target);
    }

    static Outline draw(Topology topology, double tolerance) {
        Map<Integer, List<double[]>> simplified = new HashMap<>();
        IntFunction<List<double[]>> arc = index -> {
            int arcIndex = index >= 0 ? index : ~index;
            List<double[]> points = simplified.computeIfAbsent(arcIndex, i -> simplify(project(topology.arcs().get(i)), tolerance));
            return index >= 0 ? points : points.reversed();
        };

        List<List<long[]>> land = new ArrayList<>();
        for (Shape shape : topology.shapes("land")) {
            for (List<int[]> polygon : shape.polygons()) {
                for (int[] ring : polygon) {
                    if (!mayShow(topology, ring)) {
                        continue;
                    }
                    List<double[]> points = new ArrayList<>();
                    for (int index : ring) {
                        List<double[]> part = arc.apply(index);
                        points.addAll(points.isEmpty() ? part : part.subList(1, part.size()));
                    }
                    points.removeLast(); // a ring's last point repeats its first
                    List<long[]> kept = round(clipPolygon(points), true);
                    if (kept.size() >= 3 && Math.abs(area(kept)) / 100 >= SMALLEST_AREA) {
                        land.add(kept);
                    }
                }
            }
        }

        List<List<long[]>> borders = new ArrayList<>();
        for (int index : borderArcs(topology)) {
            if (!mayShow(topology, new int[] {index})) {
                continue;
            }
            for (List<double[]> piece : clipLine(arc.apply(index))) {
                List<long[]> kept = round(piece, false);
                if (kept.size() >= 2) {
                    borders.add(kept);
                }
            }
        }
        return new Outline(SvgPathData.write(land, true), SvgPathData.write(borders, false), land.size(), borders.size());
    }

    /**
     * The arcs that two states share, by the states the map draws: Natural Earth 4.1 draws Crimea as Russian and
     * northern Cyprus as a state of its own, by who holds them; the map draws both as the UN (General Assembly
     * resolution 68/262, Security Council resolution 541) and the EU's own maps (Eurostat GISCO) do, as parts of
     * Ukraine and Cyprus. Fails if the source no longer holds those two shapes as expected.
     */
    static Set<Integer> borderArcs(Topology topology) {
        Map<Integer, Set<String>> states = new TreeMap<>();
        int crimea = 0;
        int northernCyprus = 0;
        for (Shape country : topology.shapes("countries")) {
            for (List<int[]> polygon : country.polygons()) {
                String state = country.name();
                if (state.equals("N. Cyprus")) {
                    state = "Cyprus";
                    northernCyprus++;
                } else if (state.equals("Russia") && within(topology, polygon.getFirst(), 32, 44, 37, 46.6)) {
                    state = "Ukraine";
                    crimea++;
                }
                for (int[] ring : polygon) {
                    for (int index : ring) {
                        states.computeIfAbsent(index >= 0 ? index : ~index, i -> new HashSet<>()).add(state);
                    }
                }
            }
        }
        if (crimea != 1 || northernCyprus != 1) {
            throw new IllegalStateException("expected Crimea and northern Cyprus once each in the source, found "
                    + crimea + " and " + northernCyprus);
        }
        Set<Integer> shared = new TreeSet<>();
        states.forEach((index, owners) -> {
            if (owners.size() > 1) {
                shared.add(index);
            }
        });
        return shared;
    }

    /** Whether a ring, in longitude and latitude, lies within a box. */
    private static boolean within(Topology topology, int[] ring, double west, double south, double east, double north) {
        for (int index : ring) {
            for (double[] point : topology.arcs().get(index >= 0 ? index : ~index)) {
                if (point[0] < west || point[0] > east || point[1] < south || point[1] > north) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a ring or line can reach the frame: it lies partly north of 15°N and between 60°W and 90°E
     * (which keeps out rings around the pole or the far side of the globe, where the projection tears), and
     * its projection's bounding box meets the frame.
     */
    private static boolean mayShow(Topology topology, int[] arcs) {
        boolean near = false;
        double left = Double.MAX_VALUE, top = Double.MAX_VALUE, right = -Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        for (int index : arcs) {
            for (double[] point : topology.arcs().get(index >= 0 ? index : ~index)) {
                near |= point[1] > 15 && point[0] > -60 && point[0] < 90;
                CityMap.Position position = CityMap.project(point[1], point[0]);
                left = Math.min(left, position.x());
                right = Math.max(right, position.x());
                top = Math.min(top, position.y());
                bottom = Math.max(bottom, position.y());
            }
        }
        return near && right >= -CUT_MARGIN && left <= CityMap.WIDTH + CUT_MARGIN
                && bottom >= -CUT_MARGIN && top <= CityMap.HEIGHT + CUT_MARGIN;
    }

    private static List<double[]> project(List<double[]> lonLat) {
        List<double[]> points = new ArrayList<>(lonLat.size());
        for (double[] point : lonLat) {
            CityMap.Position position = CityMap.project(point[1], point[0]);
            points.add(new double[] {position.x(), position.y()});
        }
        return points;
    }

    /** Douglas-Peucker: keeps the ends and every point that strays more than the tolerance from the line kept. */
    static List<double[]> simplify(List<double[]> points, double tolerance) {
        if (points.size() < 3) {
            return points;
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        ArrayList<int[]> spans = new ArrayList<>();
        spans.add(new int[] {0, points.size() - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.removeLast();
            int farthest = -1;
            double distance = tolerance;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = distanceToSegment(points.get(i), points.get(span[0]), points.get(span[1]));
                if (d > distance) {
                    distance = d;
                    farthest = i;
                }
            }
            if (farthest > 0) {
                keep[farthest] = true;
                spans.add(new int[] {span[0], farthest});
                spans.add(new int[] {farthest, span[1]});
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    static double distanceToSegment(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared, 0, 1);
        return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    }

    /**
     * Sutherland-Hodgman: the part of a ring inside the frame widened by {@link #CUT_MARGIN}. Where the land
     * leaves the frame, the ring runs along the widened edge, outside what the map shows.
     */
    static List<double[]> clipPolygon(List<double[]> ring) {
        double low = -CUT_MARGIN;
        List<double[]> points = ring;
        for (int edge = 0; edge < 4 && !points.isEmpty(); edge++) {
            int axis = edge % 2;
            double limit = edge < 2 ? low : (axis == 0 ? CityMap.WIDTH : CityMap.HEIGHT) + CUT_MARGIN;
            boolean keepAbove = edge < 2;
            List<double[]> clipped = new ArrayList<>();
            double[] previous = points.getLast();
            for (double[] current : points) {
                boolean currentIn = keepAbove ? current[axis] >= limit : current[axis] <= limit;
                boolean previousIn = keepAbove ? previous[axis] >= limit : previous[axis] <= limit;
                if (currentIn != previousIn) {
                    clipped.add(crossing(previous, current, axis, limit));
                }
                if (currentIn) {
                    clipped.add(current);
                }
                previous = current;
            }
            points = clipped;
        }
        return points;
    }

    private static double[] crossing(double[] from, double[] to, int axis, double limit) {
        double t = (limit - from[axis]) / (to[axis] - from[axis]);
        return new double[] {from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])};
    }

    /** Liang-Barsky, segment by segment: the pieces of a line inside the frame widened by {@link #CUT_MARGIN}. */
    static List<List<double[]>> clipLine(List<double[]> line) {
        double low = -CUT_MARGIN, right = CityMap.WIDTH + CUT_MARGIN, bottom = CityMap.HEIGHT + CUT_MARGIN;
        List<List<double[]>> pieces = new ArrayList<>();
        List<double[]> piece = new ArrayList<>();
        for (int i = 1; i < line.size(); i++) {
            double[] a = line.get(i - 1), b = line.get(i);
            double dx = b[0] - a[0], dy = b[1] - a[1];
            double enter = 0, leave = 1;
            boolean visible = true;
            double[][] sides = {{-dx, a[0] - low}, {dx, right - a[0]}, {-dy, a[1] - low}, {dy, bottom - a[1]}};
            for (double[] side : sides) {
                if (side[0] == 0) {
                    visible &= side[1] >= 0;
                } else if (side[0] < 0) {
                    enter = Math.max(enter, side[1] / side[0]);
                } else {
                    leave = Math.min(leave, side[1] / side[0]);
                }
            }
            if (!visible || enter > leave) {
                piece = keep(pieces, piece);
                continue;
            }
            if (piece.isEmpty() || enter > 0) { // a piece starts: the line enters here, or came back in
                piece = keep(pieces, piece);
                piece.add(enter == 0 ? a : new double[] {a[0] + enter * dx, a[1] + enter * dy});
            }
            piece.add(leave == 1 ? b : new double[] {a[0] + leave * dx, a[1] + leave * dy});
            if (leave < 1) {
                piece = keep(pieces, piece);
            }
        }
        keep(pieces, piece);
        return pieces;
    }

    /** Keeps a piece of two points or more and gives a new one to fill. */
    private static List<double[]> keep(List<List<double[]>> pieces, List<double[]> piece) {
        if (piece.size() >= 2) {
            pieces.add(piece);
        }
        return new ArrayList<>();
    }

    /** Points rounded to tenths of a unit, with repeats dropped (and, in a ring, a last point equal to the first). */
    static List<long[]> round(List<double[]> points, boolean ring) {
        List<long[]> rounded = new ArrayList<>();
        for (double[] point : points) {
            long[] tenths = {Math.round(point[0] * 10), Math.round(point[1] * 10)};
            if (rounded.isEmpty() || rounded.getLast()[0] != tenths[0] || rounded.getLast()[1] != tenths[1]) {
                rounded.add(tenths);
            }
        }
        if (ring && rounded.size() > 1 && rounded.getFirst()[0] == rounded.getLast()[0]
                && rounded.getFirst()[1] == rounded.getLast()[1]) {
            rounded.removeLast();
        }
        return rounded;
    }

    /** The signed area of a ring (shoelace formula), in the square of its units. */
    static double area(List<long[]> ring) {
        double twice = 0;
        long[] previous = ring.getLast();
        for (long[] point : ring) {
            twice += (double) previous[0] * point[1] - (double) point[0] * previous[1];
            previous = point;
        }
        return twice / 2;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A named polygon or multipolygon of a topology: its polygons, each a list of rings of arc indexes. */
    record Shape(String name, List<List<int[]>> polygons) {
    }

    /**
     * A TopoJSON topology (https://github.com/topojson/topojson-specification), decoded: its arcs in longitude
     * and latitude and its objects' polygons. Decoding is short (arcs are delta-encoded integers scaled by the
     * transform; an arc index ~i means arc i reversed); no well-kept Java library for it is on Maven Central.
     */
    record Topology(List<List<double[]>> arcs, JsonObject objects) {

        static Topology read(byte[] json) {
            JsonObject topology;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
                topology = reader.readObject();
            }
            if (!"Topology".equals(topology.getString("type", null))) {
                throw new IllegalArgumentException("not a TopoJSON topology");
            }
            JsonObject transform = topology.getJsonObject("transform");
            double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
            if (transform != null) {
                scaleX = transform.getJsonArray("scale").getJsonNumber(0).doubleValue();
                scaleY = transform.getJsonArray("scale").getJsonNumber(1).doubleValue();
                translateX = transform.getJsonArray("translate").getJsonNumber(0).doubleValue();
                translateY = transform.getJsonArray("translate").getJsonNumber(1).doubleValue();
            }
            List<List<double[]>> arcs = new ArrayList<>();
            for (JsonValue arcValue : topology.getJsonArray("arcs")) {
                JsonArray positions = arcValue.asJsonArray();
                List<double[]> points = new ArrayList<>(positions.size());
                long x = 0, y = 0;
                for (JsonValue positionValue : positions) {
                    JsonArray position = positionValue.asJsonArray();
                    if (transform != null) {
                        x += position.getJsonNumber(0).longValueExact();
                        y += position.getJsonNumber(1).longValueExact();
                        points.add(new double[] {x * scaleX + translateX, y * scaleY + translateY});
                    } else {
                        points.add(new double[] {position.getJsonNumber(0).doubleValue(), position.getJsonNumber(1).doubleValue()});
                    }
                }
                arcs.add(points);
            }
            return new Topology(List.copyOf(arcs), topology.getJsonObject("objects"));
        }

        /** The polygons and multipolygons of one object (a geometry collection or a single geometry). */
        List<Shape> shapes(String object) {
            JsonObject value = objects.getJsonObject(object);
            if (value == null) {
                throw new IllegalArgumentException("the topology has no object " + object);
            }
            List<JsonObject> geometries = "GeometryCollection".equals(value.getString("type", ""))
                    ? value.getJsonArray("geometries").getValuesAs(JsonObject.class) : List.of(value);
            List<Shape> shapes = new ArrayList<>();
            for (JsonObject geometry : geometries) {
                JsonObject properties = geometry.getJsonObject("properties");
                String name = properties == null ? "" : properties.getString("name", "");
                switch (geometry.getString("type", "")) {
                    case "Polygon" -> shapes.add(new Shape(name, List.of(rings(geometry.getJsonArray("arcs")))));
                    case "MultiPolygon" -> shapes.add(new Shape(name, geometry.getJsonArray("arcs").stream()
                            .map(polygon -> rings(polygon.asJsonArray())).toList()));
                    default -> {
                        // points and lines draw nothing here; a null geometry neither
                    }
                }
            }
            return shapes;
        }

        private static List<int[]> rings(JsonArray polygon) {
            return polygon.getValuesAs(JsonArray.class).stream()
                    .map(ring -> ring.getValuesAs(JsonNumber.class).stream().mapToInt(JsonNumber::intValueExact).toArray())
                    .toList();
        }
    }
}
