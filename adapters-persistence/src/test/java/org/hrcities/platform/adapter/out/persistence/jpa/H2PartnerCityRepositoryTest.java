package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PartnerCityRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2PartnerCityRepositoryTest extends PartnerCityRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
