package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.CommentRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryCommentRepositoryTest extends CommentRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
