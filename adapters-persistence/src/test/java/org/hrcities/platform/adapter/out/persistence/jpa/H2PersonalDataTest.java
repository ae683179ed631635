package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PersonalDataContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2PersonalDataTest extends PersonalDataContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
