package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.TransactionContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresTransactionTest extends TransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
