package org.hrcities.platform.adapter.in.web.site.city;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A map of the partner cities drawn as inline SVG from their coordinates: an equirectangular view of
 * the part of Europe that holds them, scaled by the cosine of its middle latitude so that distances
 * look right, with a graticule every five degrees. No tiles, no scripts.
 */
public record CityMap(int width, int height, List<Point> points, List<Line> graticule) {

    /** A city's dot and label, in SVG user units. */
    public record Point(String name, String href, String x, String y, String labelX, String labelY, String anchor) {
    }

    /** One line of the graticule. */
    public record Line(String x1, String y1, String x2, String y2) {
    }

    private static final int WIDTH = 640;
    private static final double MARGIN_DEGREES = 2.5;

    public static CityMap of(List<CityRow> cities) {
        if (cities.isEmpty()) {
            return new CityMap(WIDTH, 320, List.of(), List.of());
        }
        double west = cities.stream().mapToDouble(CityRow::longitude).min().orElseThrow() - MARGIN_DEGREES;
        double east = cities.stream().mapToDouble(CityRow::longitude).max().orElseThrow() + MARGIN_DEGREES;
        double south = cities.stream().mapToDouble(CityRow::latitude).min().orElseThrow() - MARGIN_DEGREES;
        double north = cities.stream().mapToDouble(CityRow::latitude).max().orElseThrow() + MARGIN_DEGREES;
        double xScale = Math.cos(Math.toRadians((north + south) / 2));
        double spanX = (east - west) * xScale;
        double spanY = north - south;
        double unit = WIDTH / spanX;
        int height = (int) Math.round(spanY * unit);
        double centre = (west + east) / 2;
        List<Point> points = cities.stream().sorted(Comparator.comparingDouble(CityRow::latitude).reversed()).map(city -> {
            double x = (city.longitude() - west) * xScale * unit;
            double y = (north - city.latitude()) * unit;
            boolean left = city.longitude() > centre;
            return new Point(city.name(), city.href(), fmt(x), fmt(y), fmt(left ? x - 9 : x + 9), fmt(y + 4),
                    left ? "end" : "start");
        }).toList();
        java.util.ArrayList<Line> lines = new java.util.ArrayList<>();
        for (double lon = Math.ceil(west / 5) * 5; lon <= east; lon += 5) {
            double x = (lon - west) * xScale * unit;
            lines.add(new Line(fmt(x), "0", fmt(x), String.valueOf(height)));
        }
        for (double lat = Math.ceil(south / 5) * 5; lat <= north; lat += 5) {
            double y = (north - lat) * unit;
            lines.add(new Line("0", fmt(y), String.valueOf(WIDTH), fmt(y)));
        }
        return new CityMap(WIDTH, height, points, List.copyOf(lines));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
