package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.PartnerCityRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryPartnerCityRepositoryTest extends PartnerCityRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
