package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.EventRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryEventRepositoryTest extends EventRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
