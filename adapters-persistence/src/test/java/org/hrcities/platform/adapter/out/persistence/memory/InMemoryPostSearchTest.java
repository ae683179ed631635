package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.PostSearchContract;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryPostSearchTest extends PostSearchContract {

    private InMemoryStorage opened;

    @Override
    protected StorageUnderTest emptyStorage() {
        opened = new InMemoryStorage();
        return InMemoryStorageUnderTest.of(opened);
    }

    @Override
    protected PostSearchPort search() {
        return opened.postSearch();
    }
}
