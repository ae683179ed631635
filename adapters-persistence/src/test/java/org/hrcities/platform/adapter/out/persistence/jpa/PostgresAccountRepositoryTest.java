package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.AccountRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
