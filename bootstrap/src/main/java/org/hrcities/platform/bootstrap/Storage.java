package org.hrcities.platform.bootstrap;

import org.hrcities.platform.adapter.out.persistence.jpa.JpaStorage;
import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;

/** The outbound ports of one storage adapter, chosen by configuration, and how to release it. */
public record Storage(PostRepository posts, CommentRepository comments, PartnerCityRepository cities,
                      TransactionPort transactions, AutoCloseable resources) implements AutoCloseable {

    /** Opens the adapter the settings name; for a database this also migrates its schema. */
    public static Storage open(StorageSettings settings) {
        return switch (settings.kind()) {
            case MEMORY -> {
                InMemoryStorage memory = new InMemoryStorage();
                yield new Storage(memory.posts(), memory.comments(), memory.cities(), memory.transactions(), () -> { });
            }
            case JPA -> {
                JpaStorage jpa = JpaStorage.open(settings.jpa());
                yield new Storage(jpa.posts(), jpa.comments(), jpa.cities(), jpa.transactions(), jpa);
            }
        };
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not close the storage", e);
        }
    }
}
