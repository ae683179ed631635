package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.DataRequestRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresDataRequestRepositoryTest extends DataRequestRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
