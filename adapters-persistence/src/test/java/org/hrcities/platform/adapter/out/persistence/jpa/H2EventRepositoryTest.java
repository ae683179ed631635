package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.EventRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2EventRepositoryTest extends EventRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
