package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MediaContentContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2MediaContentTest extends MediaContentContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }
}
