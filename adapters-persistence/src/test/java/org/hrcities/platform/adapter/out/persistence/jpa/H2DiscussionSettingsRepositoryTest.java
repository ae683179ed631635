package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.DiscussionSettingsRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2DiscussionSettingsRepositoryTest extends DiscussionSettingsRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
