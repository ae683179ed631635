package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.ReportingTransactionContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresReportingTransactionTest extends ReportingTransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
