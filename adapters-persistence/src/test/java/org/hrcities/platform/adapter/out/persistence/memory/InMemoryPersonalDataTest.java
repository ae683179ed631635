package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.PersonalDataContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryPersonalDataTest extends PersonalDataContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
