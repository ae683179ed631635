package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.MediaRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryMediaRepositoryTest extends MediaRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
