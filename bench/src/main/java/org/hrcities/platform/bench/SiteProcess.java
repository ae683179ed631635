package org.hrcities.platform.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server process started for the benchmark (the site jar or nginx), with its resident memory sampled
 * from /proc every second, and stopped with SIGKILL (the durability check counts what survived that).
 */
final class SiteProcess implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String base;
    private final AtomicLong maxRssKb = new AtomicLong();
    private final AtomicLong phaseMaxRssKb = new AtomicLong();
    private final Thread sampler;
    private final long startupMillis;

    private SiteProcess(Process process, String base, long startedNanos, String readyPath) throws Exception {
        this.process = process;
        this.base = base;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        this.startupMillis = awaitReady(startedNanos, readyPath);
    }

    /** Starts the site jar as the README's run command does, on {@code port}, and waits for its first 200. */
    static SiteProcess site(Path jar, int port, Map<String, String> environment, Path directory, Path log) throws Exception {
        return start(jar, port, environment, directory, log, true);
    }

    /** Starts a cluster's member: the same, without {@code --nocluster} ({@code environment} names the members). */
    static SiteProcess member(Path jar, int port, Map<String, String> environment, Path directory, Path log) throws Exception {
        return start(jar, port, environment, directory, log, false);
    }

    private static SiteProcess start(Path jar, int port, Map<String, String> environment, Path directory, Path log,
                                     boolean alone) throws Exception {
        Path options = jar.getParent().getParent().resolve("jvm.options");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + options, "-jar", jar.toString(), "--port", String.valueOf(port)));
        if (alone) {
            command.add("--nocluster");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new SiteProcess(builder.start(), "http://127.0.0.1:" + port, started, "/api/posts");
    }

    /** Starts nginx in the foreground with the given configuration and waits until it serves {@code readyPath}. */
    static SiteProcess nginx(Path config, Path prefix, int port, String readyPath) throws Exception {
        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        ProcessBuilder builder = new ProcessBuilder(nginx, "-p", prefix.toString(), "-c", config.toString(),
                "-e", prefix.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile());
        long started = System.nanoTime();
        return new SiteProcess(builder.start(), "http://127.0.0.1:" + port, started, readyPath);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    long startupMillis() {
        return startupMillis;
    }

    long maxRssMb() {
        return maxRssKb.get() / 1024;
    }

    /** The highest RSS since the last call, in MB. */
    long phaseMaxRssMb() {
        return phaseMaxRssKb.getAndSet(rssKb()) / 1024;
    }

    private long awaitReady(long startedNanos, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).build();
        long deadline = startedNanos + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting (exit " + process.exitValue() + ")");
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException(base + path + " gave no 200 within 4 minutes");
    }

    private void sample() {
        while (process.isAlive()) {
            long kb = rssKb();
            maxRssKb.accumulateAndGet(kb, Math::max);
            phaseMaxRssKb.accumulateAndGet(kb, Math::max);
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** VmRSS of the process (for nginx: of its master only), in kB. */
    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended
        }
        return 0;
    }

    /** Kills the process at once (SIGKILL), as a crash would, and waits for it to end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        sampler.interrupt();
    }

    /** Stops the process gracefully (SIGTERM). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        sampler.interrupt();
    }
}
