package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.ModerationLogRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresModerationLogRepositoryTest extends ModerationLogRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
