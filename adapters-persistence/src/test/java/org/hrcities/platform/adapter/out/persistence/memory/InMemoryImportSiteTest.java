package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.ImportSiteContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryImportSiteTest extends ImportSiteContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
