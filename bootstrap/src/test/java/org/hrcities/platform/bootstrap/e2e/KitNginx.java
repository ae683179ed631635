package org.hrcities.platform.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.hrcities.platform.testing.TestRequirement;

/**
 * Debian's nginx running the deployment kit's {@code deploy/nginx/hrc.conf} as shipped but for ports,
 * certificate paths, the cache folder and the site's addresses ({@code deploy/nginx/local-config}), on
 * loopback, with a self-signed certificate made here. {@link #prepare} picks the ports first, so that
 * the sites can be told their address before nginx starts in front of them.
 */
final class KitNginx implements AutoCloseable {

    private final Path work;
    private final Path binary;
    private final Path cert;
    private final int httpPort;
    private final int httpsPort;
    private final HttpClient client;
    private Process process;

    private KitNginx(Path work, Path binary, Path cert, int httpPort, int httpsPort, HttpClient client) {
        this.work = work;
        this.binary = binary;
        this.cert = cert;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.client = client;
    }

    /**
     * Checks for nginx and openssl ({@code -Dhrc.nginx=}, {@code -Dhrc.openssl=}), makes the certificate
     * and picks the ports; without nginx or openssl the test is skipped and counted (or fails, where required).
     */
    static KitNginx prepare(Path work) throws Exception {
        String missing = missing();
        if (missing != null) {
            throw TestRequirement.NGINX.missing(missing);
        }
        Path binary = Paths.get(System.getProperty("hrc.nginx", "/usr/sbin/nginx"));
        Path openssl = Paths.get(System.getProperty("hrc.openssl", "/usr/bin/openssl"));
        Files.createDirectories(work);
        Path cert = work.resolve("cert.pem");
        Path key = work.resolve("key.pem");
        run(List.of(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
                "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"), null);
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(cert)).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        return new KitNginx(work, binary, cert, freePort(), freePort(), client);
    }

    /** What this machine lacks to run nginx with a certificate of its own, or null when it has it all. */
    static String missing() {
        Path binary = Paths.get(System.getProperty("hrc.nginx", "/usr/sbin/nginx"));
        Path openssl = Paths.get(System.getProperty("hrc.openssl", "/usr/bin/openssl"));
        return Files.isExecutable(binary) && Files.isExecutable(openssl) ? null
                : "no " + binary + " or " + openssl + " (apt-get install nginx openssl)";
    }

    /** The site's address as its visitors know it: what {@code HRC_SITE_URL} is set to behind this nginx. */
    String siteUrl() {
        return "https://localhost:" + httpsPort;
    }

    int httpPort() {
        return httpPort;
    }

    HttpClient client() {
        return client;
    }

    /** Starts nginx in front of the sites on {@code sitePorts} (one upstream each) and waits until it answers {@code /}. */
    KitNginx start(List<Integer> sitePorts) throws Exception {
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        // run as root, nginx's workers run as nobody: they must reach the cache and temporary folders
        for (Path folder : List.of(work, prefix)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path config = prefix.resolve("nginx.conf");
        run(List.of("bash", Paths.get("..", "deploy", "nginx", "local-config").toString(), prefix.toString(),
                String.valueOf(httpPort), String.valueOf(httpsPort),
                sitePorts.stream().map(String::valueOf).collect(Collectors.joining(",")),
                cert.toString(), work.resolve("key.pem").toString()), config);
        run(List.of(binary.toString(), "-t", "-p", prefix.toString(), "-c", config.toString()), null);
        process = new ProcessBuilder(binary.toString(), "-p", prefix.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (get("/", Map.of()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("nginx did not answer: " + Files.readString(prefix.resolve("nginx.out")));
            }
            Thread.sleep(100);
        }
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(siteUrl() + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String type, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(siteUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A TLS connection to nginx from {@code from}, a loopback address of this machine (any of 127.0.0.0/8): another client to nginx. */
    Socket connectFrom(InetAddress from, int timeoutSeconds) throws Exception {
        SSLSocket socket = (SSLSocket) trusting(cert).getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), httpsPort, from, 0);
        socket.setSoTimeout(timeoutSeconds * 1000);
        socket.startHandshake();
        return socket;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("site", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(List<String> command, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(output == null);
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        Process process = builder.start();
        String printed = output == null ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            String errors = output == null ? printed : new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
