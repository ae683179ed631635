package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.DataRequestRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryDataRequestRepositoryTest extends DataRequestRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
