package org.hrcities.platform.bootstrap;

import org.hrcities.platform.adapter.out.persistence.PoolEvents;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.file.FileMediaContent;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaStorage;
import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;

/** Opens the storage adapter that the settings name. */
public final class Storages {

    private Storages() {
    }

    /** Opens the adapter; for a database this also migrates its schema. */
    public static StorageAdapter open(StorageSettings settings) {
        return open(settings, PoolEvents.NONE);
    }

    /** Opens the adapter as {@link #open(StorageSettings)} does; a database's pool tells {@code poolEvents} its waits. */
    public static StorageAdapter open(StorageSettings settings, PoolEvents poolEvents) {
        return open(settings, MediaStoreSettings.DATABASE, poolEvents);
    }

    /**
     * Opens the adapter as {@link #open(StorageSettings, PoolEvents)} does, with the media bytes where
     * {@code media} says: the adapter's own store, or files.
     */
    public static StorageAdapter open(StorageSettings settings, MediaStoreSettings media, PoolEvents poolEvents) {
        StorageAdapter storage = switch (settings.kind()) {
            case MEMORY -> new InMemoryStorage();
            case JPA -> JpaStorage.open(settings.jpa(), poolEvents);
        };
        return switch (media.kind()) {
            case DATABASE -> storage;
            case FILES -> new StorageWithMediaFiles(storage, new FileMediaContent(media.folder()));
        };
    }
}
