package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.ModerationLogRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2ModerationLogRepositoryTest extends ModerationLogRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
