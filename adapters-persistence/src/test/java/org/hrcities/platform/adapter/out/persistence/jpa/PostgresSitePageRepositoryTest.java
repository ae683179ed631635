package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.SitePageRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresSitePageRepositoryTest extends SitePageRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
