package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.MediaContentContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryMediaContentTest extends MediaContentContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
