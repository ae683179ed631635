package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.StorageUnderTest;

/** A new, empty in-memory store for each test. */
final class InMemoryStorageUnderTest {

    private InMemoryStorageUnderTest() {
    }

    static StorageUnderTest create() {
        return of(new InMemoryStorage());
    }

    /** The ports of {@code storage}. */
    static StorageUnderTest of(InMemoryStorage storage) {
        return StorageUnderTest.of(storage.posts(), storage.comments(), storage.cities(), storage.topics(), storage.pages(),
                storage.media(), storage.mediaContent(), storage.importLedger(), storage.accounts(),
                storage.discussionSettings(), storage.moderationLog(), storage.commentReports(), storage.transactions(),
                storage.dataRequests(), storage.events());
    }
}
