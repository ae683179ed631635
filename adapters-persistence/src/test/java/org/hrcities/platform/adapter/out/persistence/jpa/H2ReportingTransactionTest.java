package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.ReportingTransactionContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2ReportingTransactionTest extends ReportingTransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
