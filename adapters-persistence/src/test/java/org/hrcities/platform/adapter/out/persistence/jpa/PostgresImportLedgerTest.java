package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.ImportLedgerContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresImportLedgerTest extends ImportLedgerContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
