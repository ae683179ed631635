package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.AccountRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2AccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
