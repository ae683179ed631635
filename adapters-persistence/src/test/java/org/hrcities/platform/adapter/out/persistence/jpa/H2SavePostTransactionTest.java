package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.SavePostTransactionContract;

class H2SavePostTransactionTest extends SavePostTransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
