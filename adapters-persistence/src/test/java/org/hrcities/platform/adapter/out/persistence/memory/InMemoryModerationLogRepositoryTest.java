package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.ModerationLogRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryModerationLogRepositoryTest extends ModerationLogRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
