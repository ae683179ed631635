package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MailStorageUnderTest;
import org.hrcities.platform.application.port.out.ScheduledJobsContract;

class H2ScheduledJobsTest extends ScheduledJobsContract {

    @Override
    protected MailStorageUnderTest emptyStorage() {
        return TestDatabases.mailH2();
    }
}
