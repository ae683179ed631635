package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.AccountRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
