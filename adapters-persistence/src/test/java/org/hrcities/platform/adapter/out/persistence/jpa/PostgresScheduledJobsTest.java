package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MailStorageUnderTest;
import org.hrcities.platform.application.port.out.ScheduledJobsContract;

class PostgresScheduledJobsTest extends ScheduledJobsContract {

    @Override
    protected MailStorageUnderTest emptyStorage() {
        return TestDatabases.mailPostgres();
    }
}
