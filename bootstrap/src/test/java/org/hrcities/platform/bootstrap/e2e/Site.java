package org.hrcities.platform.bootstrap.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jakarta.json.Json;
import jakarta.json.JsonStructure;

/**
 * The real site: the bootstrap's uber-jar started with {@code java -jar} on Payara Micro, on a free
 * loopback port, in a working directory of its own (so its H2 database lands there), talked to over
 * HTTP. Payara Micro binds 127.0.0.1 (baked into the jar) and runs with --nocluster, unless the
 * environment makes the instance a cluster member ({@code HRC_CLUSTER_MEMBERS}, all on 127.0.0.1).
 */
public final class Site implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final Process process;
    private final URI base;
    private final Path directory;
    private final Path log;
    private final long startMillis;

    private Site(Process process, URI base, Path directory, Path log, long startMillis) {
        this.process = process;
        this.base = base;
        this.directory = directory;
        this.log = log;
        this.startMillis = startMillis;
    }

    /** Starts the site in {@code directory} with the given environment and waits until it answers. */
    public static Site start(String name, Path directory, Map<String, String> environment) {
        return start(name, directory, environment, 200, freePort());
    }

    /** The same on a given HTTP port: an instance started again where a reverse proxy expects it. */
    public static Site start(String name, Path directory, Map<String, String> environment, int port) {
        return start(name, directory, environment, 200, port);
    }

    /**
     * Starts the site whose storage cannot be opened, and waits until the application itself answers
     * {@code GET /api/posts} with its 503 problem (deployed, and waiting for its storage), not Payara
     * with an answer of its own while the application is still deploying.
     */
    public static Site startWithoutStorage(String name, Path directory, Map<String, String> environment) {
        return start(name, directory, environment, 503, freePort());
    }

    private static Site start(String name, Path directory, Map<String, String> environment, int awaitedStatus, int port) {
        String jar = System.getProperty("hrc.site.jar", "target/hrc-platform.jar");
        if (!Files.isRegularFile(Paths.get(jar))) {
            throw new IllegalStateException("the site's jar " + jar + " is missing: run the tests with mvn verify");
        }
        try {
            Files.createDirectories(directory);
            Path logs = Paths.get("target", "e2e");
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + Paths.get(System.getProperty("hrc.site.jvm-options", "jvm.options")).toAbsolutePath(),
                    "-jar", Paths.get(jar).toAbsolutePath().toString(),
                    "--port", String.valueOf(port), "--disablephonehome"));
            if (!environment.containsKey("HRC_CLUSTER_MEMBERS")) {
                command.add("--nocluster");
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            for (int attempt = 1; ; attempt++) {
                long started = System.nanoTime();
                Process process = builder.start();
                Site site = new Site(process, URI.create("http://127.0.0.1:" + port), directory, log, 0);
                try {
                    long millis = site.awaitStatus(started, awaitedStatus);
                    return new Site(process, site.base, directory, log, millis);
                } catch (BootDeadlock deadlock) {
                    if (attempt > 1) {
                        throw deadlock;
                    }
                    Files.copy(log, log.resolveSibling(name + "-deadlocked.log"), StandardCopyOption.REPLACE_EXISTING);
                    System.err.println("WARNING: " + deadlock.getMessage() + "; starting " + name + " once more");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long awaitStatus(long startedNanos, int awaitedStatus) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the site stopped while starting; its log " + log + " ends with:\n" + tail());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/posts"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == awaitedStatus
                        && (awaitedStatus != 503 || response.body().contains("/problems/database-unavailable"))) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(250);
        }
        Path threads = dumpThreads();
        close();
        String dump = readOrSay(threads);
        if (dump.contains("AppServerStartup.proceedTo") && dump.contains("ServiceLocatorImpl.addConfiguration")) {
            Path kept = threads.resolveSibling(threads.getFileName().toString().replace("-threads.txt", "-deadlocked-threads.txt"));
            try {
                Files.copy(threads, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                kept = threads;
            }
            throw new BootDeadlock("Payara Micro's start-up deadlocked in HK2 before the site was deployed (a run-level"
                    + " service writing its configuration waits for a reader that waits for it); its threads are in " + kept);
        }
        throw new IllegalStateException("the site did not answer within " + START_TIMEOUT + "; its threads are in " + threads
                + ", and its log ends with:\n" + tail());
    }

    /**
     * Payara Micro's start-up stopped for good in HK2, before the application was deployed: a run-level
     * service that writes its configuration (the notification service creating its notifiers' settings)
     * waits for the service locator's write lock while another holds a read lock and waits for a third,
     * itself queued behind the writer. Seen a handful of times in hundreds of starts on a loaded machine,
     * never once the site is deployed; a test starts such a site once more instead of failing.
     */
    static final class BootDeadlock extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        BootDeadlock(String message) {
            super(message);
        }
    }

    /**
     * Writes the threads of the site's JVM (jcmd Thread.print) beside its log, so that a start or a request
     * that hangs can be told from a slow one. Answers the file.
     */
    private Path dumpThreads() {
        Path file = log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + "-threads.txt");
        try {
            Process jcmd = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
            }
        } catch (IOException e) {
            return Paths.get("(no thread dump: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return file;
    }

    /**
     * What tells a request stuck in the site from one lost on the way, for a test whose request got no
     * answer in time: the TCP connections to the site's port (whether its bytes still wait in a socket
     * the site does not read), listed first because Java's client closes the connection once it gives up,
     * then the site's threads.
     */
    String stateAfterTimeout() {
        String connections = connections();
        Path threads = dumpThreads();
        return "the connections to the site's port then (Recv-Q: bytes the site has not read):\n" + connections
                + "\nand its threads (" + threads + "):\n" + readOrSay(threads);
    }

    /** The TCP connections to the site's port as {@code ss} lists them, with their queues; or why not. */
    private String connections() {
        try {
            Process ss = new ProcessBuilder("ss", "-tanoi", "( sport = :" + base.getPort() + " or dport = :" + base.getPort()
                    + " )").redirectErrorStream(true).start();
            String listed = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor(10, TimeUnit.SECONDS);
            return listed;
        } catch (IOException e) {
            return "(no ss: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    private static String readOrSay(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Milliseconds from starting the process to the first awaited answer (200, or 503 without storage) of GET /api/posts. */
    public long startMillis() {
        return startMillis;
    }

    public Path directory() {
        return directory;
    }

    /** The file the site's output goes to. */
    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        return send(withHeaders(request, headers));
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(withHeaders(request, headers));
    }

    /** Posts a body of bytes (an image, a multipart form holding one). */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        return send(withHeaders(request, headers));
    }

    /** Gets a body as bytes, such as an image's. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest built = withHeaders(HttpRequest.newBuilder(uri(path)).GET(), headers).build();
        try {
            return HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a JSON body with any method (PUT, PATCH, DELETE ...). */
    public HttpResponse<String> sendJson(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        return send(withHeaders(request, headers));
    }

    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()), headers));
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            System.err.println(built.method() + " " + built.uri() + " got no answer in time; " + stateAfterTimeout());
            throw new UncheckedIOException(built.method() + " " + built.uri() + " got no answer in time", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    /** Stops the site as an operator would (SIGTERM), and kills it if it does not stop in time. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the site at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits {@code millis}; an interrupt ends the test. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
