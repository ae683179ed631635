package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MediaContentContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresMediaContentTest extends MediaContentContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
