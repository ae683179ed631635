package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.CommentReportRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresCommentReportRepositoryTest extends CommentReportRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }
}
