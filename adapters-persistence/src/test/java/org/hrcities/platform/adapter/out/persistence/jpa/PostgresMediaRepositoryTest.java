package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MediaRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresMediaRepositoryTest extends MediaRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
