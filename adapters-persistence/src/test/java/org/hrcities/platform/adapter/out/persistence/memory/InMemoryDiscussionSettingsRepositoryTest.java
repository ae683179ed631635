package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.DiscussionSettingsRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryDiscussionSettingsRepositoryTest extends DiscussionSettingsRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
