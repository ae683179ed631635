package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PartnerCityRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresPartnerCityRepositoryTest extends PartnerCityRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
