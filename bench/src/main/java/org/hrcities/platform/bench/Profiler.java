package org.hrcities.platform.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** Where the site's time went during a JFR recording: CPU samples by owner and method, lock waits, file syncs. */
final class Profiler {

    private Profiler() {
    }

    static String summary(String scenario, Path recording) throws IOException {
        Map<String, Long> owners = new HashMap<>();
        Map<String, Long> topFrames = new HashMap<>();
        Map<String, Long> hrcFrames = new HashMap<>();
        Map<String, Duration> monitors = new HashMap<>();
        Map<String, Duration> parks = new HashMap<>();
        Map<String, Duration> io = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = stack.getFrames();
                    topFrames.merge(name(frames.get(0)), 1L, Long::sum);
                    owners.merge(owner(frames), 1L, Long::sum);
                    frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("org.hrcities")).findFirst()
                            .ifPresent(f -> hrcFrames.merge(name(f), 1L, Long::sum));
                }
                case "jdk.JavaMonitorEnter" -> monitors.merge(event.getClass("monitorClass").getName() + " at "
                        + firstOutsideJdk(stack), event.getDuration(), Duration::plus);
                case "jdk.ThreadPark" -> parks.merge((event.getClass("parkedClass") == null ? "?"
                        : event.getClass("parkedClass").getName()) + " at " + firstOutsideJdk(stack), event.getDuration(), Duration::plus);
                case "jdk.FileForce", "jdk.FileWrite", "jdk.SocketRead", "jdk.SocketWrite" ->
                        io.merge(type + " at " + firstOutsideJdk(stack), event.getDuration(), Duration::plus);
                default -> { }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "profile of the %s scenario (%s): %,d CPU samples%n", scenario, recording, samples));
        long total = samples;
        appendCounts(out, "CPU by owner (first frame outside the JDK)", owners, total, 12);
        appendCounts(out, "CPU by top frame", topFrames, total, 15);
        appendCounts(out, "CPU by first hrc-platform frame", hrcFrames, total, 10);
        appendDurations(out, "blocked entering monitors (threshold 20 ms)", monitors, 8);
        appendDurations(out, "parked (threshold 20 ms)", parks, 8);
        appendDurations(out, "file and socket I/O (threshold 20 ms)", io, 8);
        return out.toString();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String owner(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                String[] parts = type.split("\\.");
                return String.join(".", List.of(parts).subList(0, Math.min(3, parts.length - 1)));
            }
        }
        return "jdk";
    }

    private static String firstOutsideJdk(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return name(frame);
            }
        }
        return "jdk";
    }

    private static void appendCounts(StringBuilder out, String title, Map<String, Long> counts, long total, int limit) {
        out.append("  ").append(title).append(":\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey())));
    }

    private static void appendDurations(StringBuilder out, String title, Map<String, Duration> durations, int limit) {
        out.append("  ").append(title).append(":\n");
        durations.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.append(String.format(Locale.ROOT, "    %8.1f s  %s%n", e.getValue().toMillis() / 1e3, e.getKey())));
    }
}
