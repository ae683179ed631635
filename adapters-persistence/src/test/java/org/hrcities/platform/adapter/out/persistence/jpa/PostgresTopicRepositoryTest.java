package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.TopicRepositoryContract;

class PostgresTopicRepositoryTest extends TopicRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
