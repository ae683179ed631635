package org.hrcities.platform.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hrcities.platform.bench.SiteGenerator.Generated;
import org.hrcities.platform.bench.SiteGenerator.Profile;

/**
 * The site's benchmark: for each profile, a generated site in a fresh database, the site jar started as
 * the README says, every scenario with wrk after a warm-up, the same bytes from nginx, one table.
 */
final class WebBench {

    static final List<String> SCENARIOS = List.of("home", "post", "list", "comments", "submit");
    private static final String ADMIN_EMAIL = "bench-admin@bench.example";
    private static final String ADMIN_PASSWORD = "bench-password-not-secret";

    private final Path root = Path.of(System.getProperty("hrc.bench.root", ".")).toAbsolutePath();
    private final Path jar = Path.of(System.getProperty("hrc.bench.jar", "bootstrap/target/hrc-platform.jar")).toAbsolutePath();
    private final List<String> profiles;
    private final String database;
    private final int duration;
    private final int warmup;
    private final Set<String> only;
    private final boolean profile;
    private final StringBuilder report = new StringBuilder();

    private WebBench(List<String> profiles, String database, int duration, int warmup, Set<String> only, boolean profile) {
        this.profiles = profiles;
        this.database = database;
        this.duration = duration;
        this.warmup = warmup;
        this.only = only;
        this.profile = profile;
    }

    /** {@code [small|large|growth] [h2|postgresql] [--duration S] [--warmup S] [--only a,b] [--profile]}. */
    static void run(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING);
        List<String> profiles = List.of("small");
        String database = "h2";
        int duration = 20;
        int warmup = 10;
        Set<String> only = new LinkedHashSet<>(SCENARIOS);
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "small", "large" -> profiles = List.of(args[i]);
                case "growth" -> profiles = List.of("small", "large");
                case "h2", "postgresql" -> database = args[i];
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--only" -> {
                    only = new LinkedHashSet<>(List.of(args[++i].split(",")));
                    if (!SCENARIOS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes some of " + SCENARIOS);
                    }
                }
                case "--profile" -> profile = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: bench/run [small|large|growth] [h2|postgresql] [--duration S] [--warmup S]"
                        + " [--only home,post,list,comments,submit] [--profile]");
            }
        }
        new WebBench(profiles, database, duration, warmup, only, profile).runAll();
    }

    /** One measured scenario. */
    record Row(String scenario, String path, Wrk.Result result, Double ratio, long rssMb, String load, String note) {
    }

    /** Everything one profile measured. */
    record Outcome(Profile profile, Generated generated, long startupMillis, long maxRssMb, String heap, Map<String, Row> rows,
                   String durability) {
    }

    private void runAll() throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        line("# hrc-platform benchmark " + stamp);
        line("");
        line("wrk -t" + Wrk.THREADS + " -c" + Wrk.CONNECTIONS + " --latency, " + duration + " s each after a " + warmup
                + " s warm-up; database " + database + "; " + Runtime.getRuntime().availableProcessors() + " cores; "
                + "site: java @bootstrap/jvm.options -jar " + root.relativize(jar) + " --port <free> --nocluster; load at start " + load());
        List<Outcome> outcomes = new ArrayList<>();
        for (String name : profiles) {
            outcomes.add(runProfile(Profile.of(name)));
        }
        if (outcomes.size() == 2) {
            growth(outcomes.get(0), outcomes.get(1));
        }
        Path results = root.resolve("bench/results");
        Files.createDirectories(results);
        Path file = results.resolve(stamp + ".md");
        Files.writeString(file, report);
        System.out.println("\nwritten to " + root.relativize(file));
    }

    private Outcome runProfile(Profile profile) throws Exception {
        Path work = root.resolve("bench/target/work/" + profile.name());
        BenchDatabase.deleteRecursively(work);
        Files.createDirectories(work);
        try (BenchDatabase db = BenchDatabase.create(database, work)) {
            System.out.printf("bench: generating the %s site (%,d posts, %,d comments) into %s%n", profile.name(),
                    profile.posts(), profile.comments(), database);
            Generated generated = SiteGenerator.generate(db, profile);
            System.out.printf("bench: generated in %.1f s (schema %.1f s, posts %.1f s, comments %.1f s)%n",
                    generated.seconds(), generated.schemaSeconds(), generated.postsSeconds(), generated.commentsSeconds());
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("HRC_DEMO_CONTENT", "false");
            environment.put("HRC_DB_URL", db.url());
            environment.put("HRC_DB_USER", db.user());
            environment.put("HRC_DB_PASSWORD", "");
            environment.put("HRC_ADMIN_EMAIL", ADMIN_EMAIL);
            environment.put("HRC_ADMIN_PASSWORD", ADMIN_PASSWORD);
            environment.put("HRC_TRUSTED_PROXIES", "127.0.0.1");
            Map<String, Row> rows = new LinkedHashMap<>();
            long accepted = 0;
            long unanswered = 0;
            List<String> idFiles = new ArrayList<>();
            long startup;
            long maxRss;
            String heap;
            String postPath = "/posts/" + SiteGenerator.POST_PAGE_SLUG;
            String listPath = "/api/posts?per_page=10";
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("home", "/");
            paths.put("post", postPath);
            paths.put("list", listPath);
            paths.put("comments", "/api/posts/" + SiteGenerator.POST_PAGE_SLUG + "/comments");
            paths.put("submit", "/api/posts/" + SiteGenerator.SUBMIT_SLUG + "/comments");
            Map<String, Fetched> fetched = new LinkedHashMap<>();
            Tls tls = null;
            System.out.println("bench: starting the site");
            SiteProcess site = SiteProcess.site(jar, SiteProcess.freePort(), environment, work, work.resolve("site.log"));
            try {
                startup = site.startupMillis();
                System.out.printf("bench: first 200 after %,d ms (pid %d)%n", startup, site.pid());
                relaxFloodControl(site.base());
                fetched.put("post", fetch(site.base() + postPath));
                fetched.put("list", fetch(site.base() + listPath));
                checkPostPage(fetched.get("post"));
                site.phaseMaxRssMb();
                String script = root.resolve("bench/lua/submit-comment.lua").toString();
                for (String scenario : only) {
                    String url = site.base() + paths.get(scenario);
                    boolean submit = scenario.equals("submit");
                    String run = "b" + System.currentTimeMillis();
                    System.out.printf("bench: %s %s: warm-up %d s, then %d s%n", scenario, paths.get(scenario), warmup, duration);
                    if (warmup > 0) {
                        String ids = work.resolve("ids-" + run + "w-").toString();
                        Wrk.Result w = submit ? Wrk.run(url, warmup, script, run + "w", "1", ids) : Wrk.run(url, warmup, null);
                        if (submit) {
                            idFiles.add(ids);
                            accepted += Math.max(0, w.printed("ACCEPTED"));
                            unanswered += w.printed("SENT") - w.printed("ACCEPTED") - w.printed("REFUSED");
                        }
                    }
                    Path recording = work.resolve(scenario + ".jfr");
                    if (this.profile) {
                        jcmd(site.pid(), "JFR.start", "name=" + scenario, "settings=profile", "filename=" + recording,
                                "duration=" + duration + "s");
                    }
                    String ids = work.resolve("ids-" + run + "-").toString();
                    Wrk.Result result = submit ? Wrk.run(url, duration, script, run, "2", ids) : Wrk.run(url, duration, null);
                    String note = "";
                    if (submit) {
                        idFiles.add(ids);
                        long ok = result.printed("ACCEPTED");
                        accepted += Math.max(0, ok);
                        unanswered += result.printed("SENT") - ok - result.printed("REFUSED");
                        note = String.format(Locale.ROOT, "%,d accepted (202), %.0f accepted/s; refused %d (last %d)", ok,
                                ok / result.seconds(), result.printed("REFUSED"), result.printed("LAST_REFUSAL"));
                    }
                    rows.put(scenario, new Row(scenario, paths.get(scenario), result, null, site.phaseMaxRssMb(), load(), note));
                    if (this.profile) {
                        Thread.sleep(3_000);
                        String summary = Profiler.summary(scenario, recording);
                        System.out.println(summary);
                        Files.writeString(work.resolve(scenario + "-profile.txt"), summary);
                    }
                }
                if (only.contains("post")) {
                    tls = Tls.make(work.resolve("tls"));
                    rows.put("proxy-post", throughTheKit(site, work, postPath, tls));
                }
                maxRss = site.maxRssMb();
                heap = heapInfo(site.pid());
            } finally {
                site.kill();
            }
            String durability = "";
            if (only.contains("submit")) {
                long stored = SiteGenerator.countComments(db) - generated.comments();
                Set<String> acknowledged = acknowledgedIds(idFiles);
                long missing = SiteGenerator.missingComments(db, acknowledged);
                boolean holds = missing == 0 && acknowledged.size() == accepted && stored >= accepted
                        && stored <= accepted + unanswered;
                durability = String.format(Locale.ROOT, "after SIGKILL of the site: %,d of the %,d comments acknowledged with"
                                + " 202 are stored (%,d missing); %,d new comments stored = %,d acknowledged + %,d of the %,d"
                                + " requests cut off unanswered when wrk stopped (%s)", acknowledged.size() - missing,
                        accepted, missing, stored, accepted, stored - accepted, unanswered, holds ? "durable" : "NOT DURABLE");
            }
            staticRows(rows, fetched, work, postPath, listPath, tls);
            Outcome outcome = new Outcome(profile, generated, startup, maxRss, heap, rows, durability);
            table(outcome);
            return outcome;
        }
    }

    /** The ids in the 202 answers ({"id":"...","status":"PENDING"}) the Lua script wrote, one file per thread. */
    private static Set<String> acknowledgedIds(List<String> prefixes) throws Exception {
        Set<String> ids = new java.util.HashSet<>();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        for (String prefix : prefixes) {
            for (int thread = 1; thread <= Wrk.THREADS; thread++) {
                Path file = Path.of(prefix + thread + ".ids");
                if (Files.exists(file)) {
                    java.util.regex.Matcher m = id.matcher(Files.readString(file));
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
        }
        return ids;
    }

    /** The same bytes from nginx, and each dynamic scenario's ratio to them. */
    private void staticRows(Map<String, Row> rows, Map<String, Fetched> fetched, Path work, String postPath,
                            String listPath, Tls tls) throws Exception {
        boolean post = rows.containsKey("post");
        boolean list = rows.containsKey("list");
        if (!post && !list) {
            return;
        }
        Path prefix = work.resolve("nginx");
        Files.createDirectories(prefix.resolve("tmp"));
        Files.write(prefix.resolve("post.html"), fetched.get("post").body());
        Files.write(prefix.resolve("posts.json"), fetched.get("list").body());
        int port = SiteProcess.freePort();
        int tlsPort = SiteProcess.freePort();
        Path config = prefix.resolve("nginx.conf");
        Files.writeString(config, nginxConfig(prefix, port, postPath, fetched.get("post").contentType(),
                fetched.get("list").contentType(), tls, tlsPort));
        System.out.println("bench: nginx on 127.0.0.1:" + port + " with the same bytes");
        try (SiteProcess nginx = SiteProcess.nginx(config, prefix, port, postPath)) {
            for (String scenario : List.of("post", "list")) {
                if (!rows.containsKey(scenario)) {
                    continue;
                }
                String path = scenario.equals("post") ? postPath : listPath;
                Wrk.run(nginx.base() + path, Math.min(warmup, 5), null);
                Wrk.Result result = Wrk.run(nginx.base() + path, duration, null);
                Row dynamic = rows.get(scenario);
                rows.put(scenario, new Row(dynamic.scenario(), dynamic.path(), dynamic.result(),
                        dynamic.result().requestsPerSecond() / result.requestsPerSecond(), dynamic.rssMb(), dynamic.load(),
                        dynamic.note()));
                rows.put("nginx-" + scenario, new Row("nginx, same bytes as " + scenario, path, result, null, -1, load(),
                        String.format(Locale.ROOT, "%,d bytes, %s", fetched.get(scenario).body().length,
                                fetched.get(scenario).contentType())));
            }
            Row proxy = rows.get("proxy-post");
            if (proxy != null) {
                String url = "https://127.0.0.1:" + tlsPort + postPath;
                Wrk.run(url, Math.min(warmup, 5), null);
                Wrk.Result result = Wrk.run(url, duration, null);
                rows.put("proxy-post", new Row(proxy.scenario(), proxy.path(), proxy.result(),
                        proxy.result().requestsPerSecond() / result.requestsPerSecond(), proxy.rssMb(), proxy.load(),
                        proxy.note()));
                rows.put("nginx-post-tls", new Row("nginx, same bytes as post, over TLS", postPath, result, null, -1,
                        load(), "the kit's comparison"));
            }
        }
    }

    /**
     * The post page through the deployment kit: deploy/nginx/hrc.conf as shipped (by deploy/nginx/local-config,
     * on loopback, over TLS) in front of the running site, with its one-second page cache.
     */
    private Row throughTheKit(SiteProcess site, Path work, String postPath, Tls tls) throws Exception {
        Path prefix = Files.createDirectories(work.resolve("kit"));
        Tls.openToWorkers(work, prefix);
        int http = SiteProcess.freePort();
        int https = SiteProcess.freePort();
        Path config = prefix.resolve("nginx.conf");
        Process render = new ProcessBuilder("bash", root.resolve("deploy/nginx/local-config").toString(), prefix.toString(),
                String.valueOf(http), String.valueOf(https), String.valueOf(URI.create(site.base()).getPort()),
                tls.certificate().toString(), tls.key().toString()).redirectOutput(config.toFile()).start();
        if (render.waitFor() != 0) {
            throw new IllegalStateException("deploy/nginx/local-config failed: " + new String(render.getErrorStream().readAllBytes()));
        }
        System.out.println("bench: the nginx kit on https://127.0.0.1:" + https + " in front of the site");
        Process nginx = new ProcessBuilder(Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx",
                "-p", prefix.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        try {
            Tls.awaitListening(https, nginx);
            String url = "https://127.0.0.1:" + https + postPath;
            Wrk.run(url, Math.min(warmup, 5), null);
            Wrk.Result result = Wrk.run(url, duration, null);
            return new Row("post via the nginx kit (TLS, 1 s page cache)", postPath, result, null, site.phaseMaxRssMb(), load(),
                    "deploy/nginx/hrc.conf");
        } finally {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    static String nginxConfig(Path prefix, int port, String postPath, String postType, String listType, Tls tls,
                              int tlsPort) {
        String tlsListen = tls == null ? "" : String.format(Locale.ROOT, "listen 127.0.0.1:%d ssl; ssl_certificate %s;"
                + " ssl_certificate_key %s; ssl_protocols TLSv1.2 TLSv1.3; ssl_session_cache shared:bench_tls:10m;",
                tlsPort, tls.certificate(), tls.key());
        boolean root = "root".equals(System.getProperty("user.name"));
        return (root ? "user root;\n" : "") + """
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    gzip off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 1000000;
                    keepalive_timeout 300s;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    types { }
                    server {
                        listen 127.0.0.1:%2$d;
                        %6$s
                        location = %3$s { alias %1$s/post.html; default_type "%4$s"; }
                        location = /api/posts { alias %1$s/posts.json; default_type "%5$s"; }
                    }
                }
                """.formatted(prefix.toAbsolutePath(), port, postPath, postType, listType, tlsListen);
    }

    private record Fetched(byte[] body, String contentType) {
    }

    private static Fetched fetch(String url) throws Exception {
        HttpResponse<byte[]> response = SiteProcess.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        if (response.headers().firstValue("Content-Encoding").isPresent()) {
            throw new IllegalStateException(url + " came compressed though the request did not ask for it");
        }
        return new Fetched(response.body(), response.headers().firstValue("Content-Type").orElse("application/octet-stream"));
    }

    /** The post page's post shows exactly its 30 approved comments. */
    private static void checkPostPage(Fetched page) {
        String html = new String(page.body(), StandardCharsets.UTF_8);
        int shown = html.split("id=\"comment-", -1).length - 1;
        System.out.printf("bench: post page %,d bytes, %d comment anchors%n", page.body().length, shown);
    }

    /** PUT /api/admin/settings with floodIntervalSeconds 0, the other settings as they are. */
    private static void relaxFloodControl(String base) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> current = SiteProcess.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/settings"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        if (current.statusCode() != 200) {
            throw new IllegalStateException("GET /api/admin/settings answered " + current.statusCode() + ": " + current.body());
        }
        String change = current.body().replaceAll("\"version\"\\s*:\\s*\\d+\\s*,?", "")
                .replaceAll(",\\s*}$", "}")
                .replaceAll("\"floodIntervalSeconds\"\\s*:\\s*\\d+", "\"floodIntervalSeconds\":0");
        HttpResponse<String> put = SiteProcess.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/settings"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 200 || !put.body().contains("\"floodIntervalSeconds\":0")) {
            throw new IllegalStateException("PUT /api/admin/settings answered " + put.statusCode() + ": " + put.body());
        }
        System.out.println("bench: flood control relaxed (floodIntervalSeconds 0)");
    }

    private static String jcmd(long pid, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    /** The site's heap at the end of the run (GC.heap_info): what of the RSS is Java heap. */
    private static String heapInfo(long pid) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("garbage-first heap\\s+total (\\d+)K, used (\\d+)K")
                    .matcher(jcmd(pid, "GC.heap_info"));
            return m.find() ? String.format(Locale.ROOT, "G1 heap at the end: %,d MB committed, %,d MB used",
                    Long.parseLong(m.group(1)) / 1024, Long.parseLong(m.group(2)) / 1024) : "";
        } catch (Exception e) {
            return "";
        }
    }

    /** The 1, 5 and 15 minute load averages. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private void table(Outcome outcome) {
        Profile p = outcome.profile();
        Generated g = outcome.generated();
        line("");
        line(String.format(Locale.ROOT, "## Profile %s on %s: %,d posts (%,d published), %,d comments (%,d spam %.1f%%, "
                        + "%,d approved, %,d pending)", p.name(), database, g.posts(), g.publishedPosts(), g.comments(),
                g.spam(), 100.0 * g.spam() / g.comments(), g.approved(), g.pending()));
        line("");
        line(String.format(Locale.ROOT, "generated in %.1f s (schema %.1f s, posts %.1f s, comments %.1f s = %,.0f comments/s)",
                g.seconds(), g.schemaSeconds(), g.postsSeconds(), g.commentsSeconds(), g.comments() / g.commentsSeconds()));
        line("");
        line("| scenario | path | req/s | p50 ms | p99 ms | non-2xx | socket errors | vs nginx | max RSS MB | load 1/5/15 | note |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (Row row : outcome.rows().values()) {
            Wrk.Result r = row.result();
            line(String.format(Locale.ROOT, "| %s | `%s` | %,.0f | %.2f | %.2f | %,d | %,d | %s | %s | %s | %s |", row.scenario(),
                    row.path(), r.requestsPerSecond(), r.p50(), r.p99(), r.non2xx(), r.socketErrors(),
                    row.ratio() == null ? "" : String.format(Locale.ROOT, "%.4f", row.ratio()),
                    row.rssMb() < 0 ? "" : String.valueOf(row.rssMb()), row.load(), row.note()));
        }
        line("");
        line(String.format(Locale.ROOT, "start-up to first 200: %,d ms; max RSS of the site through the run: %,d MB",
                outcome.startupMillis(), outcome.maxRssMb()) + (outcome.heap().isEmpty() ? "" : "; " + outcome.heap()));
        if (!outcome.durability().isEmpty()) {
            line("durability: " + outcome.durability());
        }
        line("");
        line("Targets:");
        target(outcome.rows().get("post"), "post page >= 0.5 x nginx same bytes", r -> r.ratio() != null && r.ratio() >= 0.5,
                r -> String.format(Locale.ROOT, "%.4f (%,.0f vs %,.0f req/s)", r.ratio(),
                        r.result().requestsPerSecond(), r.result().requestsPerSecond() / r.ratio()));
        target(outcome.rows().get("list"), "JSON list >= 0.5 x nginx same bytes", r -> r.ratio() != null && r.ratio() >= 0.5,
                r -> String.format(Locale.ROOT, "%.4f (%,.0f vs %,.0f req/s)", r.ratio(),
                        r.result().requestsPerSecond(), r.result().requestsPerSecond() / r.ratio()));
        target(outcome.rows().get("proxy-post"), "post page through the nginx kit >= 0.9 x nginx same bytes over TLS",
                r -> r.ratio() != null && r.ratio() >= 0.9, r -> String.format(Locale.ROOT, "%.4f (%,.0f vs %,.0f req/s)",
                        r.ratio(), r.result().requestsPerSecond(), r.result().requestsPerSecond() / r.ratio()));
        Row submit = outcome.rows().get("submit");
        if (submit != null) {
            double perSecond = submit.result().printed("ACCEPTED") / submit.result().seconds();
            mark(perSecond >= 1_000, String.format(Locale.ROOT, "comment submission >= 1,000 accepted/s: %,.0f", perSecond));
            mark(submit.result().p99() < 50, String.format(Locale.ROOT, "comment submission p99 < 50 ms: %.2f ms",
                    submit.result().p99()));
            mark(outcome.durability().contains("(durable)"), "every acknowledged comment durable: " + outcome.durability());
        }
        mark(outcome.maxRssMb() < 600, String.format(Locale.ROOT, "site RSS < 600 MB through the run: %,d MB", outcome.maxRssMb()));
    }

    private void growth(Outcome small, Outcome large) {
        line("");
        line("## Growth: page 1 p50 on the large site / on the small site");
        line("");
        for (String scenario : List.of("list", "home")) {
            Row s = small.rows().get(scenario);
            Row l = large.rows().get(scenario);
            if (s != null && l != null) {
                double ratio = l.result().p50() / s.result().p50();
                mark(ratio <= 1.2, String.format(Locale.ROOT, "`%s` p50 %.2f ms at %,d posts vs %.2f ms at %,d posts: %.2f x"
                                + " (target <= 1.2); req/s %,.0f vs %,.0f", s.path(), l.result().p50(),
                        large.generated().posts(), s.result().p50(), small.generated().posts(), ratio,
                        l.result().requestsPerSecond(), s.result().requestsPerSecond()));
            }
        }
    }

    private interface Check {
        boolean test(Row row);
    }

    private interface Figure {
        String of(Row row);
    }

    private void target(Row row, String what, Check check, Figure figure) {
        if (row != null && row.ratio() != null) {
            mark(check.test(row), what + ": " + figure.of(row));
        }
    }

    private void mark(boolean holds, String text) {
        line("- " + (holds ? "holds" : "MISSED") + ": " + text);
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
