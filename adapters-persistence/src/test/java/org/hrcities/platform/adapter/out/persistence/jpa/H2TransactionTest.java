package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.TransactionContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2TransactionTest extends TransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
