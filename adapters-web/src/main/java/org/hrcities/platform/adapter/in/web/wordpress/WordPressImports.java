package org.hrcities.platform.adapter.in.web.wordpress;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.PageCache;
import org.hrcities.platform.application.port.in.migration.ExportUnreadableException;
import org.hrcities.platform.application.port.in.migration.ImportReport;
import org.hrcities.platform.application.port.in.migration.ImportSiteCommand;
import org.hrcities.platform.application.port.in.migration.ImportSiteUseCase;
import org.hrcities.platform.domain.city.PartnerCityId;

/**
 * Runs the imports of WordPress exports that staff send, one after another on a thread of its own,
 * so that the request that brought the file is answered at once and the import's progress can be
 * followed. Keeps the status of the last {@link #KEPT} imports (in this process: an import is
 * followed on the instance that received it). The stored pages are told that the content changed
 * every second while an import runs, and when it ends. Each export's file, and the archive of its
 * uploads folder when one came with it, are deleted once its import is over.
 */
@ApplicationScoped
public class WordPressImports {

    /** The imports whose status is kept, the latest. */
    public static final int KEPT = 20;
    private static final long CHANGED_EVERY_NANOS = 1_000_000_000L;
    private static final Logger LOG = Logger.getLogger(WordPressImports.class.getName());

    private ImportSiteUseCase importSite;
    private PageCache pageCache;
    private final Map<UUID, ImportStatus> imports = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "wordpress-import");
        thread.setDaemon(true);
        return thread;
    });

    protected WordPressImports() {
        // for the container's proxy
    }

    @Inject
    public WordPressImports(ImportSiteUseCase importSite, PageCache pageCache) {
        this.importSite = importSite;
        this.pageCache = pageCache;
    }

    /**
     * Queues the import of the export in {@code file} (checked already: see {@link WxrExport#check()}),
     * with the site's uploads folder in {@code uploads} (null for none): a ZIP archive (opened once
     * already: see {@link UploadsArchive#open}), which this takes over and deletes with the export when
     * the import is over, or a folder in the {@link ImportFolder}, which it reads and leaves.
     */
    public ImportStatus start(Path file, Path uploads, String fileName, Map<String, PartnerCityId> partnerCitiesByTopic,
                              boolean openStaffAccounts) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 0;
        }
        ImportStatus waiting = new ImportStatus(UUID.randomUUID(), ImportStatus.State.WAITING, fileName, bytes,
                Instant.now(), null, null, null, null);
        imports.put(waiting.id(), waiting);
        forgetOld();
        runner.execute(() -> run(waiting.id(), file, uploads, partnerCitiesByTopic, openStaffAccounts));
        return waiting;
    }

    /** The import with this id as an address names it; empty for an unknown or malformed id. */
    public Optional<ImportStatus> find(String id) {
        try {
            return Optional.ofNullable(imports.get(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The imports kept, the latest first. */
    public List<ImportStatus> recent() {
        return imports.values().stream().sorted(Comparator.comparing(ImportStatus::receivedAt).reversed()).toList();
    }

    private void run(UUID id, Path file, Path uploads, Map<String, PartnerCityId> partnerCitiesByTopic,
                     boolean openStaffAccounts) {
        imports.computeIfPresent(id, (key, status) -> status.running(Instant.now()));
        long[] lastChange = {System.nanoTime()};
        try {
            ImportReport report = importSite.importSite(new ImportSiteCommand(new WxrExport(file, uploads), partnerCitiesByTopic,
                    openStaffAccounts, soFar -> {
                        imports.computeIfPresent(id, (key, status) -> status.advanced(soFar));
                        long now = System.nanoTime();
                        if (now - lastChange[0] >= CHANGED_EVERY_NANOS) {
                            lastChange[0] = now;
                            pageCache.changed(EnumSet.of(Change.CONTENT));
                        }
                    }));
            imports.computeIfPresent(id, (key, status) -> status.finished(report, Instant.now()));
        } catch (ExportUnreadableException e) {
            imports.computeIfPresent(id, (key, status) -> status.failed(e.getMessage(), Instant.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the import " + id + " failed", e);
            imports.computeIfPresent(id, (key, status) -> status.failed("the import stopped: " + e.getMessage()
                    + "; what it stored before stays stored, and importing the file again completes it", Instant.now()));
        } finally {
            pageCache.changed(EnumSet.of(Change.CONTENT));
            delete(file);
            if (uploads != null && !Files.isDirectory(uploads)) {
                delete(uploads);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the import's file " + file, e);
        }
    }

    private void forgetOld() {
        List<ImportStatus> all = recent();
        all.stream().skip(KEPT).filter(ImportStatus::isDone).forEach(status -> imports.remove(status.id()));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
