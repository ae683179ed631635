package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.TopicRepositoryContract;

class H2TopicRepositoryTest extends TopicRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
