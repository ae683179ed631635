package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.EventRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresEventRepositoryTest extends EventRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
