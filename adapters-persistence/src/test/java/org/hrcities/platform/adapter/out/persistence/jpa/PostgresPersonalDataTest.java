package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PersonalDataContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresPersonalDataTest extends PersonalDataContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
