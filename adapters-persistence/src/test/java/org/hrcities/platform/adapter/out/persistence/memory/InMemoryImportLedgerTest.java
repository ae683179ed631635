package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.ImportLedgerContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryImportLedgerTest extends ImportLedgerContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
