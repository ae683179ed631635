package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PostSearchContract;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresPostSearchTest extends PostSearchContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }

    @Override
    protected PostSearchPort search() {
        return TestDatabases.currentPostgres().postSearch();
    }
}
