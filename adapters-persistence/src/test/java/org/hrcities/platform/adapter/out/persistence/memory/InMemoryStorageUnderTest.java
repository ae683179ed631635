package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.TransactionPort;

/** A new, empty in-memory store for each test. */
final class InMemoryStorageUnderTest implements StorageUnderTest {

    private final InMemoryStorage storage = new InMemoryStorage();

    static StorageUnderTest create() {
        return new InMemoryStorageUnderTest();
    }

    @Override
    public PostRepository posts() {
        return storage.posts();
    }

    @Override
    public CommentRepository comments() {
        return storage.comments();
    }

    @Override
    public PartnerCityRepository cities() {
        return storage.cities();
    }

    @Override
    public TransactionPort transactions() {
        return storage.transactions();
    }
}
