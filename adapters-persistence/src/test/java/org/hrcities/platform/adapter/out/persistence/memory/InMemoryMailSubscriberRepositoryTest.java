package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.MailSubscriberRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryMailSubscriberRepositoryTest extends MailSubscriberRepositoryContract {

    private InMemoryStorage storage;

    @Override
    protected StorageUnderTest emptyStorage() {
        storage = new InMemoryStorage();
        return StorageUnderTest.of(storage.posts(), storage.comments(), storage.cities(), storage.topics(), storage.pages(),
                storage.media(), storage.mediaContent(), storage.importLedger(), storage.accounts(),
                storage.discussionSettings(), storage.moderationLog(), storage.transactions());
    }

    @Override
    protected MailSubscriberRepository subscribers() {
        return storage.mailSubscribers();
    }
}
