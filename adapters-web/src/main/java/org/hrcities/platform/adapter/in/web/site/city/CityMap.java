package org.hrcities.platform.adapter.in.web.site.city;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A map of the partner cities drawn as inline SVG: Europe's coastlines and country borders with a dot and a
 * label for each city. No tiles, no scripts.
 *
 * <p>Dots and outline go through the one projection here, {@link #project}: Lambert azimuthal equal-area
 * centred on 52°N 10°E (the projection of the EU's statistical maps, ETRS89-LAEA, taken on a sphere), cut to a
 * fixed frame from Iceland to the Caucasus and from Crete to the North Cape. The outline is drawn from Natural
 * Earth once, when the module is built ({@code EuropeOutlineGenerator} in the tests, docs/decisions/0021), into
 * the resource {@value #OUTLINE} that this class reads once.
 */
public record CityMap(List<Point> points, int offMap) {

    /** A city's dot and label, in SVG user units. */
    public record Point(String name, String href, String x, String y, String labelX, String labelY, String anchor) {
    }

    /** A place on the map, in SVG user units: x grows eastwards, y southwards. */
    record Position(double x, double y) {

        boolean insideFrame(double inset) {
            return x >= inset && x <= WIDTH - inset && y >= inset && y <= HEIGHT - inset;
        }
    }

    static final String OUTLINE = "europe-outline.properties";

    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final double CENTRE_LONGITUDE = Math.toRadians(10);
    private static final double CENTRE_LATITUDE = Math.toRadians(52);
    /** The frame, in kilometres east and north of the centre. */
    private static final double WEST_KM = -1800, EAST_KM = 2600, SOUTH_KM = -1850, NORTH_KM = 2250;

    static final int WIDTH = 640;
    private static final double UNITS_PER_KM = WIDTH / (EAST_KM - WEST_KM);
    static final int HEIGHT = (int) Math.round((NORTH_KM - SOUTH_KM) * UNITS_PER_KM);

    /**
     * The room a dot takes around its centre, at its largest (a radius of 8 units on narrow screens, 5 elsewhere):
     * labels keep off it, and a city this close to the frame's edge is left to the table.
     */
    private static final double DOT_ROOM = 8;
    private static final double LABEL_GAP = 11;
    /**
     * Labels are placed for the largest size the style sheet gives them (24 units, on narrow screens): on the
     * side where they cover less of the other labels and dots there, which keeps them apart at 14 as well.
     */
    private static final double LABEL_SIZE = 24;

    public static CityMap of(List<CityRow> cities) {
        List<Point> points = new ArrayList<>();
        List<Box> taken = new ArrayList<>();
        List<CityRow> mapped = cities.stream()
                .filter(city -> project(city.latitude(), city.longitude()).insideFrame(DOT_ROOM))
                .sorted(Comparator.comparingDouble(CityRow::latitude).reversed()).toList();
        for (CityRow city : mapped) {
            Position dot = project(city.latitude(), city.longitude());
            taken.add(new Box(dot.x() - DOT_ROOM, dot.y() - DOT_ROOM, dot.x() + DOT_ROOM, dot.y() + DOT_ROOM));
        }
        for (CityRow city : mapped) {
            Position dot = project(city.latitude(), city.longitude());
            double baseline = dot.y() + 4;
            Box east = Box.label(dot.x() + LABEL_GAP, baseline, city.name(), false);
            Box west = Box.label(dot.x() - LABEL_GAP, baseline, city.name(), true);
            boolean left = west.cost(taken) < east.cost(taken);
            taken.add(left ? west : east);
            points.add(new Point(city.name(), city.href(), fmt(dot.x()), fmt(dot.y()),
                    fmt(left ? dot.x() - LABEL_GAP : dot.x() + LABEL_GAP), fmt(baseline), left ? "end" : "start"));
        }
        return new CityMap(List.copyOf(points), cities.size() - mapped.size());
    }

    /**
     * Where a place lies on the map: Lambert azimuthal equal-area on a sphere, in SVG user units. Places outside
     * the frame get positions outside 0..{@link #WIDTH} and 0..{@link #HEIGHT}.
     */
    static Position project(double latitude, double longitude) {
        double lambda = Math.toRadians(longitude) - CENTRE_LONGITUDE;
        double phi = Math.toRadians(latitude);
        double k = Math.sqrt(2 / (1 + Math.sin(CENTRE_LATITUDE) * Math.sin(phi)
                + Math.cos(CENTRE_LATITUDE) * Math.cos(phi) * Math.cos(lambda)));
        double east = EARTH_RADIUS_KM * k * Math.cos(phi) * Math.sin(lambda);
        double north = EARTH_RADIUS_KM * k * (Math.cos(CENTRE_LATITUDE) * Math.sin(phi)
                - Math.sin(CENTRE_LATITUDE) * Math.cos(phi) * Math.cos(lambda));
        return new Position((east - WEST_KM) * UNITS_PER_KM, (NORTH_KM - north) * UNITS_PER_KM);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** The land, as SVG path data: closed outlines whose edges are the coastlines (fill rule even-odd). */
    public String land() {
        return Outline.LAND;
    }

    /** The borders between countries, as SVG path data: open lines. */
    public String borders() {
        return Outline.BORDERS;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The outline that the build drew, read once, when a page first needs it. */
    private static final class Outline {

        static final String LAND;
        static final String BORDERS;

        static {
            Properties outline = new Properties();
            try (InputStream in = CityMap.class.getResourceAsStream(OUTLINE)) {
                if (in == null) {
                    throw new IllegalStateException(OUTLINE + " is missing beside CityMap: the build draws it (mvn package)");
                }
                outline.load(new InputStreamReader(in, StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LAND = outline.getProperty("land");
            BORDERS = outline.getProperty("borders");
        }

        private Outline() {
        }
    }

    /** The room a label or a dot takes, roughly: for keeping labels off each other and inside the frame. */
    private record Box(double left, double top, double right, double bottom) {

        static Box label(double anchorX, double baseline, String text, boolean endsAtAnchor) {
            double width = 0.6 * LABEL_SIZE * text.length();
            double left = endsAtAnchor ? anchorX - width : anchorX;
            return new Box(left, baseline - 0.75 * LABEL_SIZE, left + width, baseline + 0.25 * LABEL_SIZE);
        }

        /** How much this box covers of the others, plus how far it sticks out of the frame (weighted more). */
        double cost(List<Box> others) {
            double cost = 0;
            for (Box other : others) {
                cost += Math.max(0, Math.min(right, other.right) - Math.max(left, other.left))
                        * Math.max(0, Math.min(bottom, other.bottom) - Math.max(top, other.top));
            }
            double outside = Math.max(0, -left) + Math.max(0, right - WIDTH);
            return cost + outside * (bottom - top) * 4;
        }
    }
}
