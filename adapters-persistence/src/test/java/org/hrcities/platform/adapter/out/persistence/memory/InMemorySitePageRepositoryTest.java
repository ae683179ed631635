package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.SitePageRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemorySitePageRepositoryTest extends SitePageRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
