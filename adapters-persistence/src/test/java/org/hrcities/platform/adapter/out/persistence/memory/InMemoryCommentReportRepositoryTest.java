package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.CommentReportRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class InMemoryCommentReportRepositoryTest extends CommentReportRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return InMemoryStorageUnderTest.create();
    }
}
