package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.SitePageRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2SitePageRepositoryTest extends SitePageRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
