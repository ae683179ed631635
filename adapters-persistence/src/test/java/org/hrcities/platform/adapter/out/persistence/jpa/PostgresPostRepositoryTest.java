package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PostRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresPostRepositoryTest extends PostRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
