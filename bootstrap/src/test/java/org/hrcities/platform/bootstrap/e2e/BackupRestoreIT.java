package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator backs up a running H2 site while readers' comments keep arriving; the backup is
 * restored into a new folder as the operations guide says (unzip into {@code data/}), a site started
 * there holds every comment acknowledged before the backup began.
 */
class BackupRestoreIT {

    private static final int WRITERS = 4;

    @TempDir
    Path directory;

    private record Acknowledged(String id, long atNanos) {
    }

    @Test
    void a_backup_taken_under_comment_load_restores_every_comment_acknowledged_before_it_began() throws Exception {
        Path original = directory.resolve("original");
        String file;
        long backupBegan;
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        try (Site site = Site.start("backup-original", original, Map.of("HRC_TRUSTED_PROXIES", "127.0.0.1"))) {
            assertEquals(403, site.post("/api/admin/backups", null, "", "Authorization", Moderation.moderator()).statusCode(),
                    "moderators may not back up the site");
            assertEquals(401, site.post("/api/admin/backups", null, "").statusCode());
            String[] taken = new String[1];
            long[] began = new long[1];
            Moderation.withSettings(site, settings -> settings.add("floodIntervalSeconds", 0), () -> {
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    String address = "192.0.2." + (w + 10);
                    writers.submit(() -> {
                        while (running.get()) {
                            HttpResponse<String> sent = Moderation.submit(site, address, "Reader", "reader@example.org",
                                    "Still here after a restore? " + UUID.randomUUID());
                            if (sent.statusCode() == 202) {
                                acknowledged.add(new Acknowledged(Site.json(sent).asJsonObject().getString("id"), System.nanoTime()));
                            }
                        }
                        return null;
                    });
                }
                Site.pause(3_000);
                began[0] = System.nanoTime();
                HttpResponse<String> backup = site.post("/api/admin/backups", null, "", "Authorization", Moderation.admin());
                assertEquals(201, backup.statusCode(), backup.body());
                JsonObject written = Site.json(backup).asJsonObject();
                taken[0] = written.getString("file");
                System.out.printf("backup under load: %s, %,d bytes in %d ms%n", taken[0],
                        written.getJsonNumber("bytes").longValue(), written.getJsonNumber("tookMillis").longValue());
                Site.pause(1_500);
                running.set(false);
                writers.shutdown();
                try {
                    assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
            file = taken[0];
            backupBegan = began[0];
        }

        Path restored = directory.resolve("restored");
        unzip(original.resolve("backups").resolve(file), Files.createDirectories(restored.resolve("data")));
        List<String> before = new ArrayList<>();
        for (Acknowledged comment : acknowledged) {
            if (comment.atNanos() < backupBegan) {
                before.add(comment.id());
            }
        }
        assertTrue(before.size() > 20, "comments arrived before the backup: " + before.size());
        try (Site site = Site.start("backup-restored", restored, Map.of())) {
            int present = 0;
            List<String> missing = new ArrayList<>();
            for (String id : before) {
                int status = site.get("/api/admin/comments/" + id, "Authorization", Moderation.moderator()).statusCode();
                if (status == 200) {
                    present++;
                } else {
                    missing.add(id + " (" + status + ")");
                }
            }
            System.out.printf("restored: %,d of the %,d comments acknowledged before the backup began are present"
                    + " (%,d acknowledged in all)%n", present, before.size(), acknowledged.size());
            assertEquals(List.of(), missing, "every comment acknowledged before the backup began is restored");
        }
    }

    /** Unzips the backup as an operator would with {@code unzip -d data}. */
    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "an entry inside the folder: " + entry.getName());
                Files.copy(entries, target);
            }
        }
    }
}
