package org.hrcities.platform.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time of a process's threads, read from {@code /proc/<pid>/task/<tid>/stat} and put in the
 * groups that tell where a site's time went: the request threads, the JIT compilers, the garbage
 * collector and the JVM's own threads, the data grid's threads, and the rest. A thread that ends
 * between two readings is missing from the second, so the groups can add up to less than the process's
 * total; {@link #between} puts the difference under "ended".
 */
final class ThreadCpu {

    static final List<String> GROUPS = List.of("requests", "JIT", "GC and VM", "grid", "other", "ended");

    private final Map<Long, Long> ticksByThread;
    private final Map<Long, String> groupByThread;
    private final long processTicks;

    private ThreadCpu(Map<Long, Long> ticksByThread, Map<Long, String> groupByThread, long processTicks) {
        this.ticksByThread = ticksByThread;
        this.groupByThread = groupByThread;
        this.processTicks = processTicks;
    }

    static ThreadCpu of(long pid) throws IOException {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> groups = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    long tid = Long.parseLong(task.getFileName().toString());
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    ticks.put(tid, utimePlusStime(stat));
                    groups.put(tid, group(name));
                } catch (IOException ended) {
                    // the thread ended while the directory was read
                }
            }
        }
        return new ThreadCpu(ticks, groups, utimePlusStime(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))));
    }

    /** utime + stime in clock ticks, after the command name (state is field 3, utime 14, stime 15, as proc(5) counts). */
    static long utimePlusStime(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    long processTicks() {
        return processTicks;
    }

    /** The ticks each group spent from {@code before} to {@code after}, in the order of {@link #GROUPS}. */
    static Map<String, Long> between(ThreadCpu before, ThreadCpu after) {
        Map<String, Long> spent = new LinkedHashMap<>();
        for (String group : GROUPS) {
            spent.put(group, 0L);
        }
        long counted = 0;
        for (Map.Entry<Long, Long> thread : after.ticksByThread.entrySet()) {
            long ticks = thread.getValue() - before.ticksByThread.getOrDefault(thread.getKey(), 0L);
            spent.merge(after.groupByThread.get(thread.getKey()), ticks, Long::sum);
            counted += ticks;
        }
        spent.put("ended", Math.max(0, after.processTicks - before.processTicks - counted));
        return spent;
    }

    /** The group of a thread by its name as the kernel keeps it (at most 15 characters). */
    static String group(String name) {
        if (name.contains("CompilerThre")) {
            return "JIT";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM ") || name.startsWith("GC ")) {
            return "GC and VM";
        }
        if (name.startsWith("hz.") || name.startsWith("hrc-grid-call") || name.startsWith("hrc-page-revisi")) {
            return "grid";
        }
        if (name.startsWith("http-thread-poo") || name.startsWith("glassfish-web-a")) {
            return "requests";
        }
        return "other";
    }
}
