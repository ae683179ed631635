package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.StorageUnderTest;
import org.hrcities.platform.application.port.out.SavePostTransactionContract;

class PostgresSavePostTransactionTest extends SavePostTransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
