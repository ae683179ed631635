package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.MailStorageUnderTest;
import org.hrcities.platform.application.port.out.ScheduledJobsContract;

class InMemoryScheduledJobsTest extends ScheduledJobsContract {

    @Override
    protected MailStorageUnderTest emptyStorage() {
        InMemoryStorage storage = new InMemoryStorage();
        return new MailStorageUnderTest(storage.outbox(), storage.scheduledJobs(), storage.siteKeys(), storage.siteKeys(),
                storage.transactions());
    }
}
