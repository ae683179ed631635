package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.PostRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryPostRepositoryTest extends PostRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
