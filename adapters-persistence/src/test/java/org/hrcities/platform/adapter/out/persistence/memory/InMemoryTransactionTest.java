package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.TransactionContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryTransactionTest extends TransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
