package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.ImportSiteContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2ImportSiteTest extends ImportSiteContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
