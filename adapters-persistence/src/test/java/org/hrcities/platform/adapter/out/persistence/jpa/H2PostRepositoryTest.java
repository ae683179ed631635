package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PostRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2PostRepositoryTest extends PostRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
