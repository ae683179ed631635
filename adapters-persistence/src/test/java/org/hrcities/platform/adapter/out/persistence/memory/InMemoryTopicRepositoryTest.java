package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.TopicRepositoryContract;

class InMemoryTopicRepositoryTest extends TopicRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
