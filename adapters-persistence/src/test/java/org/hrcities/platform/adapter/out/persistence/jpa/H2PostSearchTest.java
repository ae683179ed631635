package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.PostSearchContract;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2PostSearchTest extends PostSearchContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }

    @Override
    protected PostSearchPort search() {
        return TestDatabases.currentH2().postSearch();
    }
}
