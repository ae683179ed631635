package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of a cluster of three real members on one PostgreSQL database, behind Debian's nginx running
 * the deployment kit's configuration with three upstreams, under a mixed load of page views and comment
 * posts (each post from its own client address, 127.0.0.2 and up, so that neither nginx's rate limit
 * nor the site's flood control refuses any):
 * <ul>
 * <li>{@code kill -9} of one member (stopped for three seconds before, so that requests are in its hands
 * when it dies): no page view fails (nginx sends it to another member), every comment answered 202 is
 * stored once, a post that died with its member is answered 502 and stored at most once;
 * the member rejoins when started again and serves current pages within 10 s of being ready;</li>
 * <li>a member stopped with {@code SIGSTOP} for 20 s (as cut off from the others): the other two keep
 * answering page views and taking comments, nothing acknowledged is lost, and the member rejoins.</li>
 * </ul>
 * Slow (two minutes or more): it runs with {@code -Presilience}, not in the default build.
 */
class ClusterFaultsIT {

    private static final int MEMBERS = 3;
    private static final String POST = "happy-new-year-2021";
    private static final String ADMIN = StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD);

    @TempDir
    Path directory;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger nextClient = new AtomicInteger(2);

    @Test
    void a_killed_member_loses_no_page_view_and_no_acknowledged_comment_and_rejoins() throws Exception {
        // nginx's workers run as nobody: its folder must not be under the test's own (mode 700) temporary folder
        try (KitNginx nginx = KitNginx.prepare(Files.createTempDirectory("hrc-faults-proxy"));
             ThrowAwayPostgres database = ThrowAwayPostgres.create("hrc_faults");
             Cluster cluster = Cluster.start(directory, database, nginx.siteUrl())) {
            nginx.start(cluster.httpPorts());
            Load load = new Load(nginx);
            load.start();
            Site.pause(8_000);
            // stopped first, so that the requests nginx sends it meanwhile are in its hands when it dies
            signal("STOP", cluster.site(2).pid());
            Site.pause(3_000);
            cluster.site(2).kill();
            long killed = System.nanoTime();
            Site.pause(6_000);
            Site restarted = cluster.restart(2);
            long ready = System.nanoTime();
            long current = currentWithin(cluster.site(0), restarted);
            Site.pause(4_000);
            load.stop();

            Outcome outcome = load.outcome(database);
            System.out.printf("kill -9 of one of %d members behind nginx: %d page views, %d failed; %d comment posts:"
                            + " %d answered 202 (%d stored, %d twice), %d answered 502 (%d stored), other %s; restarted member"
                            + " ready %d s after the kill, current pages %d ms after ready%n",
                    MEMBERS, outcome.views, outcome.failedViews.size(), outcome.posts, outcome.accepted,
                    outcome.acceptedStored, outcome.duplicated, outcome.died, outcome.diedStored, outcome.other,
                    TimeUnit.NANOSECONDS.toSeconds(ready - killed), current);
            assertTrue(outcome.views > 100, "a load of page views ran: " + outcome.views);
            assertEquals(List.of(), outcome.failedViews, "no page view failed");
            assertTrue(outcome.accepted > 20, "comments were taken: " + outcome.accepted);
            assertEquals(outcome.accepted, outcome.acceptedStored, "every acknowledged comment is stored");
            assertEquals(0, outcome.duplicated, "and none twice");
            assertEquals(Map.of(), outcome.other, "every post was answered 202, or 502 when its member died");
            assertTrue(outcome.died > 0, "posts were in the killed member's hands: " + outcome.died);
            assertTrue(outcome.diedStored <= outcome.died, "a post that died is stored at most once");
            assertTrue(current <= 10_000, "the restarted member served current pages " + current + " ms after ready");
        }
    }

    @Test
    void while_one_member_is_stopped_the_others_answer_and_lose_nothing_and_it_rejoins() throws Exception {
        try (ThrowAwayPostgres database = ThrowAwayPostgres.create("hrc_split");
             Cluster cluster = Cluster.start(directory, database, "https://news.example.org")) {
            Site stopped = cluster.site(1);
            List<Site> answering = List.of(cluster.site(0), cluster.site(2));
            signal("STOP", stopped.pid());
            long slowest = 0;
            int views = 0;
            List<String> acknowledged = new ArrayList<>();
            Map<Integer, Integer> postStatuses = new HashMap<>();
            try {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                for (int n = 0; System.nanoTime() < end; n++) {
                    Site member = answering.get(n % 2);
                    long asked = System.nanoTime();
                    assertEquals(200, member.get("/posts/" + POST + "?r=" + n).statusCode());
                    views++;
                    String content = "split " + marker + " " + n;
                    HttpResponse<String> sent = member.post("/api/posts/" + POST + "/comments", "application/json",
                            comment(n, content), "X-Forwarded-For", "198.18." + (n / 250) + "." + (1 + n % 250));
                    slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked));
                    postStatuses.merge(sent.statusCode(), 1, Integer::sum);
                    if (sent.statusCode() == 202) {
                        acknowledged.add(content);
                    }
                }
            } finally {
                signal("CONT", stopped.pid());
            }
            long resumed = System.nanoTime();
            awaitSameHomePage(cluster);
            long rejoined = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - resumed);
            Map<String, Integer> stored = storedComments(database, "split " + marker + " %");
            System.out.printf("one of %d members stopped 20 s: the others answered %d page views and %d comment posts %s,"
                            + " slowest pair %d ms; %d acknowledged, %d stored; the stopped member served the same pages %d ms"
                            + " after it went on%n", MEMBERS, views, views, postStatuses, slowest, acknowledged.size(),
                    acknowledged.stream().filter(stored::containsKey).count(), rejoined);
            assertEquals(Map.of(202, views), postStatuses, "every comment taken");
            assertTrue(acknowledged.stream().allMatch(content -> stored.getOrDefault(content, 0) == 1),
                    "every acknowledged comment stored once");
            assertTrue(slowest < 5_000, "the answering members never waited long for the stopped one: " + slowest + " ms");
        }
    }

    /** How long after {@code restarted} was ready it served the home page as {@code other} did (the same ETag). */
    private static long currentWithin(Site other, Site restarted) {
        long ready = System.nanoTime();
        String slug = "faults-city-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = other.post("/api/admin/cities", "application/json", "{\"slug\": \"" + slug
                + "\", \"name\": \"Faultstown\", \"country\": \"AT\", \"membership\": \"ASSOCIATE_MEMBER\", \"memberSince\": 2021,"
                + " \"website\": \"https://faultstown.example.org\", \"latitude\": 47.1, \"longitude\": 15.4,"
                + " \"description\": \"A city added after the restart.\"}", "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        while (System.nanoTime() - ready < TimeUnit.SECONDS.toNanos(30)) {
            if (restarted.get("/cities").body().contains(slug)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ready);
            }
            Site.pause(50);
        }
        return Long.MAX_VALUE;
    }

    private static void awaitSameHomePage(Cluster cluster) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                String tag = cluster.site(0).get("/").headers().firstValue("ETag").orElse("");
                if (IntStream.range(1, MEMBERS).allMatch(i -> tag.equals(cluster.site(i).get("/").headers()
                        .firstValue("ETag").orElse("-")))) {
                    return;
                }
            } catch (RuntimeException e) {
                // a member that has not caught up yet
            }
            Site.pause(100);
        }
        throw new AssertionError("the members did not agree on the home page within 60 s");
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }

    private static String comment(int n, String content) {
        return "{\"authorName\": \"Fault Finder " + n + "\", \"authorEmail\": \"fault" + n + "@example.org\", \"content\": \""
                + content + "\"}";
    }

    /** The stored comments whose content is like {@code pattern}, each with how many rows hold it. */
    private static Map<String, Integer> storedComments(ThrowAwayPostgres database, String pattern) throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT content FROM comments WHERE content LIKE '" + pattern + "'")) {
            while (result.next()) {
                rows.merge(result.getString(1), 1, Integer::sum);
            }
        }
        return rows;
    }

    private record Outcome(int views, List<String> failedViews, int posts, int accepted, int acceptedStored, int duplicated,
                           int died, int diedStored, Map<Integer, Integer> other) {
    }

    /** Page views and comment posts through nginx, until stopped: three readers, two writers. */
    private final class Load {

        private final KitNginx nginx;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger views = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failedViews = new ConcurrentLinkedQueue<>();
        private final Map<String, Integer> posted = new ConcurrentHashMap<>();
        private final ExecutorService threads = Executors.newFixedThreadPool(5);
        private final List<Future<?>> work = new ArrayList<>();

        Load(KitNginx nginx) {
            this.nginx = nginx;
        }

        void start() {
            for (int i = 0; i < 3; i++) {
                work.add(threads.submit(this::read));
            }
            for (int i = 0; i < 2; i++) {
                work.add(threads.submit(this::write));
            }
        }

        private void read() {
            for (int n = 0; running.get(); n++) {
                String path = switch (n % 3) {
                    case 0 -> "/posts/" + POST + "?r=" + UUID.randomUUID();
                    case 1 -> "/?r=" + UUID.randomUUID();
                    default -> "/cities?r=" + UUID.randomUUID();
                };
                try {
                    HttpResponse<String> page = nginx.get(path, Map.of());
                    if (page.statusCode() != 200) {
                        failedViews.add(path + ": " + page.statusCode());
                    }
                } catch (IOException | InterruptedException e) {
                    failedViews.add(path + ": " + e);
                }
                views.incrementAndGet();
            }
        }

        /** One comment per client address, each from its own loopback address (127.0.0.2 to 127.0.0.254, then 127.0.1.x ...). */
        private void write() {
            while (running.get()) {
                int n = nextClient.getAndIncrement();
                String content = "fault " + marker + " " + n;
                int status;
                try (Socket socket = nginx.connectFrom(InetAddress.getByAddress(new byte[] {127, 0, (byte) (n / 253),
                        (byte) (2 + n % 253)}), 30)) {
                    byte[] body = comment(n, content).getBytes(StandardCharsets.UTF_8);
                    String head = "POST /api/posts/" + POST + "/comments HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
                    socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().write(body);
                    socket.getOutputStream().flush();
                    status = RawHttp.read(socket).status();
                } catch (Exception e) {
                    status = 0;
                }
                posted.put(content, status);
                Site.pause(40);
            }
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
            threads.shutdownNow();
        }

        Outcome outcome(ThrowAwayPostgres database) throws Exception {
            Map<String, Integer> stored = storedComments(database, "fault " + marker + " %");
            int accepted = 0;
            int acceptedStored = 0;
            int died = 0;
            int diedStored = 0;
            Map<Integer, Integer> other = new HashMap<>();
            for (Map.Entry<String, Integer> post : posted.entrySet()) {
                int rows = stored.getOrDefault(post.getKey(), 0);
                if (post.getValue() == 202) {
                    accepted++;
                    acceptedStored += rows == 1 ? 1 : 0;
                } else if (post.getValue() == 502) {
                    died++;
                    diedStored += rows;
                } else {
                    other.merge(post.getValue(), 1, Integer::sum);
                }
            }
            int duplicated = (int) stored.values().stream().filter(rows -> rows > 1).count();
            return new Outcome(views.get(), List.copyOf(failedViews), posted.size(), accepted, acceptedStored, duplicated,
                    died, diedStored, other);
        }
    }

    /** Three members on one database, each its own process, started the way an operator would: the first alone, then the others. */
    private static final class Cluster implements AutoCloseable {

        private final Path directory;
        private final List<Map<String, String>> environments;
        private final List<Site> sites = new ArrayList<>();

        private Cluster(Path directory, List<Map<String, String>> environments) {
            this.directory = directory;
            this.environments = environments;
        }

        static Cluster start(Path directory, ThrowAwayPostgres database, String siteUrl) throws Exception {
            List<Integer> ports = IntStream.range(0, MEMBERS).mapToObj(i -> Site.freePort()).toList();
            String members = ports.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
            String name = "hrc-faults-" + UUID.randomUUID().toString().substring(0, 8);
            List<Map<String, String>> environments = ports.stream().map(port -> Map.of("HRC_DB_URL", database.url(),
                    "HRC_DB_USER", database.user(), "HRC_CLUSTER_MEMBERS", members, "HRC_CLUSTER_PORT", String.valueOf(port),
                    "HRC_CLUSTER_NAME", name, "HRC_TRUSTED_PROXIES", "127.0.0.1", "HRC_SITE_URL", siteUrl)).toList();
            Cluster cluster = new Cluster(directory, environments);
            cluster.sites.add(Site.start("member-1", directory.resolve("1"), environments.get(0)));
            ExecutorService starting = Executors.newFixedThreadPool(MEMBERS - 1);
            try {
                List<Future<Site>> joining = new ArrayList<>();
                for (int i = 1; i < MEMBERS; i++) {
                    int index = i;
                    joining.add(starting.submit(() -> Site.start("member-" + (index + 1),
                            directory.resolve(String.valueOf(index + 1)), environments.get(index))));
                }
                for (Future<Site> site : joining) {
                    cluster.sites.add(site.get(240, TimeUnit.SECONDS));
                }
            } catch (Exception e) {
                cluster.close();
                throw e;
            } finally {
                starting.shutdownNow();
            }
            return cluster;
        }

        Site site(int index) {
            return sites.get(index);
        }

        List<Integer> httpPorts() {
            return sites.stream().map(site -> site.uri("/").getPort()).toList();
        }

        /** Starts the member at {@code index} again (after a kill), on its folder and settings; returns once it is ready. */
        Site restart(int index) {
            Site again = Site.start("member-" + (index + 1) + "-again", directory.resolve((index + 1) + "-again"),
                    environments.get(index), site(index).uri("/").getPort());
            sites.set(index, again);
            return again;
        }

        @Override
        public void close() {
            sites.forEach(Site::close);
        }
    }
}
