package org.hrcities.platform.adapter.in.web.site.city;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SVG path data for the map's outline, written compactly and read back. The writer takes points in tenths of
 * a unit and uses relative moves only ({@code m}, whose following pairs are relative lines), numbers with at
 * most one decimal and no separator where the grammar needs none: "m12.5 3-.4.2z". The reader accepts the
 * commands the writer uses (m M l L z Z) and checks the grammar: the tests read the generated outline with it.
 */
final class SvgPathData {

    /** One subpath, in user units: its points and whether it is closed. */
    record Subpath(List<double[]> points, boolean closed) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:([mMlLzZ])|([+-]?(?:\\d+\\.?\\d*|\\.\\d+)))\\s*,?");

    private SvgPathData() {
    }

    /** Path data for these subpaths (points as {x, y} in tenths of a unit), each closed with z if asked. */
    static String write(List<List<long[]>> subpaths, boolean closed) {
        StringBuilder d = new StringBuilder();
        long currentX = 0, currentY = 0;
        for (List<long[]> subpath : subpaths) {
            if (subpath.size() < 2) {
                throw new IllegalArgumentException("a subpath needs two points at least");
            }
            d.append('m');
            String previous = null;
            long x = currentX, y = currentY;
            for (long[] point : subpath) {
                previous = appendNumber(d, point[0] - x, previous);
                previous = appendNumber(d, point[1] - y, previous);
                x = point[0];
                y = point[1];
            }
            if (closed) {
                d.append('z');
                currentX = subpath.get(0)[0]; // after z the current point is the subpath's first one
                currentY = subpath.get(0)[1];
            } else {
                currentX = x;
                currentY = y;
            }
        }
        return d.toString();
    }

    private static String appendNumber(StringBuilder d, long tenths, String previous) {
        String number = number(tenths);
        boolean joins = previous == null || number.startsWith("-") || number.startsWith(".") && previous.contains(".");
        if (!joins) {
            d.append(' ');
        }
        d.append(number);
        return number;
    }

    /** Tenths as the shortest decimal: 10 is "1", 5 is ".5", -5 is "-.5", 123 is "12.3". */
    static String number(long tenths) {
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        String text = (whole == 0 && tenth != 0 ? "" : Long.toString(whole)) + (tenth == 0 ? "" : "." + tenth);
        return tenths < 0 ? "-" + text : text;
    }

    /** Reads path data made of m M l L z Z commands, in absolute user units; throws on anything else. */
    static List<Subpath> read(String d) {
        List<Subpath> subpaths = new ArrayList<>();
        Matcher token = TOKEN.matcher(d);
        List<double[]> points = null;
        char command = 0;
        double x = 0, y = 0, startX = 0, startY = 0;
        Double pendingX = null;
        int at = 0;
        while (at < d.length()) {
            token.region(at, d.length());
            if (!token.lookingAt() || token.end() == at) {
                throw new IllegalArgumentException("not path data at " + at + ": " + excerpt(d, at));
            }
            at = token.end();
            if (token.group(1) != null) {
                if (pendingX != null) {
                    throw new IllegalArgumentException("a lone coordinate before " + at + ": " + excerpt(d, at));
                }
                command = token.group(1).charAt(0);
                if (command == 'z' || command == 'Z') {
                    if (points == null) {
                        throw new IllegalArgumentException("z without a subpath at " + at);
                    }
                    subpaths.add(new Subpath(points, true));
                    points = null;
                    x = startX;
                    y = startY;
                }
                continue;
            }
            double value = Double.parseDouble(token.group(2));
            if (pendingX == null) {
                pendingX = value;
                continue;
            }
            boolean relative = Character.isLowerCase(command); // a first m is relative to 0,0: absolute
            double nextX = relative ? x + pendingX : pendingX;
            double nextY = relative ? y + value : value;
            pendingX = null;
            switch (command) {
                case 'm', 'M' -> {
                    if (points != null) {
                        subpaths.add(new Subpath(points, false));
                    }
                    points = new ArrayList<>();
                    points.add(new double[] {nextX, nextY});
                    startX = nextX;
                    startY = nextY;
                    command = command == 'm' ? 'l' : 'L'; // pairs after a move are lines
                }
                case 'l', 'L' -> {
                    if (points == null) {
                        throw new IllegalArgumentException("a line without a move before it at " + at);
                    }
                    points.add(new double[] {nextX, nextY});
                }
                default -> throw new IllegalArgumentException("coordinates before any command at " + at);
            }
            x = nextX;
            y = nextY;
        }
        if (pendingX != null) {
            throw new IllegalArgumentException("the path data ends with a lone coordinate");
        }
        if (points != null) {
            subpaths.add(new Subpath(points, false));
        }
        return subpaths;
    }

    private static String excerpt(String d, int at) {
        return d.substring(at, Math.min(d.length(), at + 20));
    }
}
