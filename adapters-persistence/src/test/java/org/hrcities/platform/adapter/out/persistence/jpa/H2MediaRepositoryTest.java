package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MediaRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2MediaRepositoryTest extends MediaRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
