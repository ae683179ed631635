package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.SavePostTransactionContract;

class InMemorySavePostTransactionTest extends SavePostTransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
