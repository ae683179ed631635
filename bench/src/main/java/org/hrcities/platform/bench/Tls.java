package org.hrcities.platform.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/** A self-signed certificate for localhost made with openssl, for nginx over TLS in the benchmark. */
record Tls(Path certificate, Path key) {

    static Tls make(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Tls tls = new Tls(folder.resolve("cert.pem"), folder.resolve("key.pem"));
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", tls.key().toString(), "-out", tls.certificate().toString(), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1").redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (openssl.waitFor() != 0) {
            throw new IllegalStateException("openssl could not make a certificate: " + output);
        }
        return tls;
    }

    /** Run as root, nginx's workers run as nobody: they must reach the folders of its cache and temporary files. */
    static void openToWorkers(Path... folders) throws IOException {
        for (Path folder : folders) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Waits until something accepts connections on the loopback port, for at most 30 s. */
    static void awaitListening(int port, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("nginx stopped while starting (exit " + server.exitValue() + ")");
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nothing listens on 127.0.0.1:" + port + " after 30 s");
    }
}
