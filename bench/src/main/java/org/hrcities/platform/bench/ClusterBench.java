package org.hrcities.platform.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hrcities.platform.bench.SiteGenerator.Generated;
import org.hrcities.platform.bench.SiteGenerator.Profile;

/**
 * {@code bench/run cluster}: the small site on PostgreSQL, served first by one instance (as the README
 * runs it, {@code --nocluster}), then by a cluster of members on the same database, each scenario with
 * wrk after a warm-up; for the cluster one wrk per member at once, with the connections shared out. It
 * measures what clustering costs: the CPU time the site's processes spent (user and system, from
 * {@code /proc/<pid>/stat}) per request, for a cached page view and for a comment, against one instance
 * in the same run; and a cluster of one member between them, which pays for being a member (no shared
 * cache of EclipseLink, the data grid) without sharing the machine's cores with other members. Comments go with the flood control on (every one from its own address and email), so
 * that each one asks the cluster's data grid as it would in use.
 */
final class ClusterBench {

    private static final List<String> SCENARIOS = List.of("home", "submit");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Path root = Path.of(System.getProperty("hrc.bench.root", ".")).toAbsolutePath();
    private final Path jar = Path.of(System.getProperty("hrc.bench.jar", "bootstrap/target/hrc-platform.jar")).toAbsolutePath();
    private final int members;
    private final int duration;
    private final int warmup;
    private final StringBuilder report = new StringBuilder();

    private ClusterBench(int members, int duration, int warmup) {
        this.members = members;
        this.duration = duration;
        this.warmup = warmup;
    }

    /** {@code [--members N] [--duration S] [--warmup S]}. */
    static void run(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING);
        int members = 3;
        int duration = 20;
        int warmup = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--members" -> members = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: bench/run cluster [--members N] [--duration S] [--warmup S]");
            }
        }
        if (members < 2) {
            throw new IllegalArgumentException("--members takes 2 or more");
        }
        new ClusterBench(members, duration, warmup).runAll();
    }

    /** What one setup measured in one scenario: wrk's figures summed over its runs, and the CPU the sites spent. */
    record Measured(String setup, String scenario, double requestsPerSecond, double p50, double p99, long requests,
                    long accepted, long refused, double cpuSeconds, Map<String, Long> ticksByGroup) {

        double cpuMillisPerThousand() {
            return requests == 0 ? 0 : 1_000_000 * cpuSeconds / requests;
        }

        double groupMillisPerThousand(String group) {
            return requests == 0 ? 0 : 1_000_000.0 * ticksByGroup.getOrDefault(group, 0L) / CLOCK_TICKS_PER_SECOND / requests;
        }
    }

    private void runAll() throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        line("# hrc-platform cluster benchmark " + stamp);
        line("");
        line("wrk --latency, " + duration + " s each after a warm-up of " + warmup + " s per site; PostgreSQL; "
                + Runtime.getRuntime().availableProcessors() + " cores; one instance with " + Wrk.THREADS + " threads and "
                + Wrk.CONNECTIONS + " connections, " + members + " members with one wrk each sharing them; load at start "
                + WebBench.load());
        Path work = root.resolve("bench/target/work/cluster");
        BenchDatabase.deleteRecursively(work);
        Files.createDirectories(work);
        List<Measured> rows = new ArrayList<>();
        try (BenchDatabase db = BenchDatabase.create("postgresql", work)) {
            Profile profile = Profile.of("small");
            System.out.printf("bench: generating the small site (%,d posts, %,d comments) into PostgreSQL%n",
                    profile.posts(), profile.comments());
            Generated generated = SiteGenerator.generate(db, profile);
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("HRC_DEMO_CONTENT", "false");
            environment.put("HRC_DB_URL", db.url());
            environment.put("HRC_DB_USER", db.user());
            environment.put("HRC_DB_PASSWORD", "");
            environment.put("HRC_TRUSTED_PROXIES", "127.0.0.1");
            environment.put("HRC_SITE_URL", "https://news.example.org");

            System.out.println("bench: one instance");
            List<SiteProcess> single = List.of(SiteProcess.site(jar, SiteProcess.freePort(), environment, work,
                    work.resolve("single.log")));
            try {
                rows.addAll(measure("1 instance", single, work, 1));
            } finally {
                for (SiteProcess site : single) {
                    site.kill();
                }
            }

            // a cluster of one: what being a member costs by itself (no shared cache, the grid's calls to itself)
            System.out.println("bench: a cluster of one member");
            List<SiteProcess> alone = startCluster(environment, work, 1);
            try {
                rows.addAll(measure("1 member", alone, work, 2));
            } finally {
                for (SiteProcess site : alone) {
                    site.kill();
                }
            }

            System.out.println("bench: " + members + " members");
            List<SiteProcess> cluster = startCluster(environment, work, members);
            try {
                rows.addAll(measure(members + " members", cluster, work, 1 + members));
            } finally {
                for (SiteProcess site : cluster) {
                    site.kill();
                }
            }
            long stored = SiteGenerator.countComments(db) - generated.comments();
            long accepted = rows.stream().mapToLong(Measured::accepted).sum();
            line("");
            table(rows);
            line("");
            line(String.format(Locale.ROOT, "comments stored after SIGKILL of every site: %,d new rows; %,d acknowledged with 202"
                    + " in the measured runs (the warm-ups' are stored too)", stored, accepted));
            targets(rows);
        }
        Path results = root.resolve("bench/results");
        Files.createDirectories(results);
        Path file = results.resolve(stamp + "-cluster.md");
        Files.writeString(file, report);
        System.out.println("\nwritten to " + root.relativize(file));
    }

    /** The members, the first alone (it migrates the database), then the others together. */
    private List<SiteProcess> startCluster(Map<String, String> environment, Path work, int members) throws Exception {
        List<Integer> memberPorts = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            memberPorts.add(SiteProcess.freePort());
        }
        String list = memberPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        List<Map<String, String>> environments = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Map<String, String> member = new LinkedHashMap<>(environment);
            member.put("HRC_CLUSTER_MEMBERS", list);
            member.put("HRC_CLUSTER_PORT", String.valueOf(memberPorts.get(i)));
            member.put("HRC_CLUSTER_NAME", "hrc-bench-" + members);
            environments.add(member);
        }
        List<SiteProcess> sites = new ArrayList<>();
        sites.add(SiteProcess.member(jar, SiteProcess.freePort(), environments.get(0), work,
                work.resolve(members + "-member-1.log")));
        ExecutorService starting = Executors.newFixedThreadPool(Math.max(1, members - 1));
        try {
            List<Future<SiteProcess>> joining = new ArrayList<>();
            for (int i = 1; i < members; i++) {
                int index = i;
                joining.add(starting.submit(() -> SiteProcess.member(jar, SiteProcess.freePort(), environments.get(index),
                        work, work.resolve(members + "-member-" + (index + 1) + ".log"))));
            }
            for (Future<SiteProcess> site : joining) {
                sites.add(site.get());
            }
        } finally {
            starting.shutdownNow();
        }
        // the members find each other within seconds of answering; let the grid settle before measuring
        Thread.sleep(10_000);
        return sites;
    }

    /** Each scenario on {@code sites}, one wrk per site at once, with the CPU the sites spent during the measured run. */
    private List<Measured> measure(String setup, List<SiteProcess> sites, Path work, int runBase) throws Exception {
        List<Measured> measured = new ArrayList<>();
        int connections = Math.max(Wrk.THREADS, Wrk.CONNECTIONS / sites.size());
        String script = root.resolve("bench/lua/submit-comment.lua").toString();
        for (String scenario : SCENARIOS) {
            boolean submit = scenario.equals("submit");
            String path = submit ? "/api/posts/" + SiteGenerator.SUBMIT_SLUG + "/comments" : "/";
            System.out.printf("bench: %s, %s %s: warm-up %d s, then %d s%n", setup, scenario, path, warmup * sites.size(),
                    duration);
            String name = "c" + System.currentTimeMillis();
            if (warmup > 0) {
                // each JVM compiles its own hot code: N members get N times the warm-up, so that each has seen
                // as many requests as the one instance before its measured run
                together(sites, path, warmup * sites.size(), connections, submit ? script : null, name + "w", runBase, work);
            }
            List<ThreadCpu> before = threads(sites);
            List<Wrk.Result> results = together(sites, path, duration, connections, submit ? script : null, name,
                    runBase + 10, work);
            List<ThreadCpu> after = threads(sites);
            long ticks = 0;
            Map<String, Long> byGroup = new LinkedHashMap<>();
            for (int i = 0; i < sites.size(); i++) {
                ticks += after.get(i).processTicks() - before.get(i).processTicks();
                ThreadCpu.between(before.get(i), after.get(i)).forEach((group, spent) -> byGroup.merge(group, spent, Long::sum));
            }
            double rate = results.stream().mapToDouble(Wrk.Result::requestsPerSecond).sum();
            long requests = results.stream().mapToLong(Wrk.Result::requests).sum();
            double p50 = results.stream().mapToDouble(Wrk.Result::p50).max().orElse(-1);
            double p99 = results.stream().mapToDouble(Wrk.Result::p99).max().orElse(-1);
            long accepted = submit ? results.stream().mapToLong(r -> Math.max(0, r.printed("ACCEPTED"))).sum() : 0;
            long refused = submit ? results.stream().mapToLong(r -> Math.max(0, r.printed("REFUSED"))).sum()
                    : results.stream().mapToLong(r -> r.non2xx() + r.socketErrors()).sum();
            measured.add(new Measured(setup, scenario, rate, p50, p99, requests, accepted, refused,
                    (double) ticks / CLOCK_TICKS_PER_SECOND, byGroup));
        }
        return measured;
    }

    /** One wrk per site, all at once; the Lua script's run number differs per site, so that no two send as the same address. */
    private static List<Wrk.Result> together(List<SiteProcess> sites, String path, int seconds, int connections, String script,
                                             String name, int runBase, Path work) throws Exception {
        ExecutorService runs = Executors.newFixedThreadPool(sites.size());
        try {
            List<Future<Wrk.Result>> futures = new ArrayList<>();
            for (int i = 0; i < sites.size(); i++) {
                String url = sites.get(i).base() + path;
                String run = name + "-" + i;
                String number = String.valueOf(runBase * 8 + i);
                String ids = work.resolve("ids-" + run + "-").toString();
                futures.add(runs.submit(() -> script == null ? Wrk.run(url, seconds, connections, null)
                        : Wrk.run(url, seconds, connections, script, run, number, ids)));
            }
            List<Wrk.Result> results = new ArrayList<>();
            for (Future<Wrk.Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            runs.shutdownNow();
        }
    }

    /** The CPU time of each site's process and its threads. */
    private static List<ThreadCpu> threads(List<SiteProcess> sites) throws Exception {
        List<ThreadCpu> read = new ArrayList<>();
        for (SiteProcess site : sites) {
            read.add(ThreadCpu.of(site.pid()));
        }
        return read;
    }

    private void table(List<Measured> rows) {
        line("| setup | scenario | req/s | p50 ms | p99 ms | requests | accepted (202) | refused | site CPU s | CPU ms per 1,000 requests |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Measured row : rows) {
            line(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.2f | %.2f | %,d | %s | %,d | %.1f | %.1f |", row.setup(),
                    row.scenario(), row.requestsPerSecond(), row.p50(), row.p99(), row.requests(),
                    row.scenario().equals("submit") ? String.format(Locale.ROOT, "%,d", row.accepted()) : "",
                    row.refused(), row.cpuSeconds(), row.cpuMillisPerThousand()));
        }
        line("");
        line("Where the sites' CPU went, ms per 1,000 requests, by thread (requests: Payara's HTTP workers; grid:"
                + " Hazelcast's threads and the site's calls to it; ended: threads gone before the run's end):");
        line("");
        line("| setup | scenario | " + String.join(" | ", ThreadCpu.GROUPS) + " |");
        line("|---|---|" + "---:|".repeat(ThreadCpu.GROUPS.size()));
        for (Measured row : rows) {
            StringBuilder cells = new StringBuilder("| " + row.setup() + " | " + row.scenario() + " |");
            for (String group : ThreadCpu.GROUPS) {
                cells.append(String.format(Locale.ROOT, " %.1f |", row.groupMillisPerThousand(group)));
            }
            line(cells.toString());
        }
    }

    private void targets(List<Measured> rows) {
        Map<String, Measured> one = new LinkedHashMap<>();
        Map<String, Measured> member = new LinkedHashMap<>();
        Map<String, Measured> many = new LinkedHashMap<>();
        for (Measured row : rows) {
            (row.setup().equals("1 instance") ? one : row.setup().equals("1 member") ? member : many).put(row.scenario(), row);
        }
        line("");
        line("Targets:");
        Measured submit = one.get("submit");
        double accepted = submit.accepted() / (double) duration;
        mark(accepted >= 1_000, String.format(Locale.ROOT, "comment submission through one instance >= 1,000 accepted/s: %,.0f",
                accepted));
        mark(submit.p99() < 50, String.format(Locale.ROOT, "its p99 < 50 ms: %.2f ms", submit.p99()));
        Measured submitted = many.get("submit");
        line(String.format(Locale.ROOT, "- through %d members: %,.0f accepted/s, p99 %.2f ms (the slowest member's)", members,
                submitted.accepted() / (double) duration, submitted.p99()));
        cost("cached page view", one.get("home"), many.get("home"), 1.10);
        cost("comment", one.get("submit"), many.get("submit"), 1.25);
        line(String.format(Locale.ROOT, "- a cluster of one member against one instance, CPU per request: page view %.2f x,"
                        + " comment %.2f x (no shared cache of EclipseLink, the grid's calls to itself)",
                member.get("home").cpuMillisPerThousand() / one.get("home").cpuMillisPerThousand(),
                member.get("submit").cpuMillisPerThousand() / one.get("submit").cpuMillisPerThousand()));
    }

    private void cost(String what, Measured one, Measured many, double limit) {
        double ratio = many.cpuMillisPerThousand() / one.cpuMillisPerThousand();
        mark(ratio <= limit, String.format(Locale.ROOT, "CPU per %s with %d members within %.0f%% of one instance's: %.2f x"
                        + " (%.1f vs %.1f ms per 1,000)", what, members, (limit - 1) * 100, ratio, many.cpuMillisPerThousand(),
                one.cpuMillisPerThousand()));
    }

    private void mark(boolean holds, String text) {
        line("- " + (holds ? "holds" : "MISSED") + ": " + text);
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
