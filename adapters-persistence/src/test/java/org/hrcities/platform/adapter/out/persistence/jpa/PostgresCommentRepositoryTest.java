package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.CommentRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresCommentRepositoryTest extends CommentRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
