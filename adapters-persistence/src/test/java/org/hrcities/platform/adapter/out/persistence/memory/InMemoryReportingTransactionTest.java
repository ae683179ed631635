package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.ReportingTransactionContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryReportingTransactionTest extends ReportingTransactionContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
