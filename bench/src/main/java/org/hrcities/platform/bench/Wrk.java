package org.hrcities.platform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk -t2 -c32 -d<s>s --latency} (or with other connections) and reads its report. */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 32;

    /** One wrk run: requests a second, latencies in ms, failures, and what a Lua script printed. */
    record Result(double requestsPerSecond, double p50, double p99, long requests, double seconds, long non2xx,
                  long socketErrors, String output) {
        /** A number the Lua script printed as {@code NAME n}, or -1. */
        long printed(String name) {
            Matcher m = Pattern.compile("(?m)^" + name + " (\\d+)$").matcher(output);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }
    }

    private Wrk() {
    }

    static Result run(String url, int seconds, String script, String... scriptArgs) throws IOException, InterruptedException {
        return run(url, seconds, CONNECTIONS, script, scriptArgs);
    }

    /** The same with {@code connections} connections. */
    static Result run(String url, int seconds, int connections, String script, String... scriptArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + connections, "-d" + seconds + "s",
                "--latency"));
        if (script != null) {
            command.add("-s");
            command.add(script);
        }
        command.add(url);
        if (scriptArgs.length > 0) {
            command.add("--");
            command.addAll(List.of(scriptArgs));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        double rate = number(output, "Requests/sec:\\s+([\\d.]+)");
        Matcher total = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)").matcher(output);
        long requests = 0;
        double seconds = 0;
        if (total.find()) {
            requests = Long.parseLong(total.group(1));
            seconds = Double.parseDouble(total.group(2)) * switch (total.group(3)) {
                case "ms" -> 0.001;
                case "m" -> 60;
                default -> 1;
            };
        }
        long non2xx = (long) Math.max(0, number(output, "Non-2xx or 3xx responses: (\\d+)"));
        long socket = 0;
        Matcher errors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
        if (errors.find()) {
            for (int g = 1; g <= 4; g++) {
                socket += Long.parseLong(errors.group(g));
            }
        }
        return new Result(rate, percentile(output, "50"), percentile(output, "99"), requests, seconds, non2xx, socket, output);
    }

    private static double number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** A latency percentile of --latency's distribution, in milliseconds. */
    private static double percentile(String output, String which) {
        Matcher m = Pattern.compile("(?m)^\\s+" + which + "%\\s+([\\d.]+)(us|ms|s)\\s*$").matcher(output);
        if (!m.find()) {
            return -1;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
