package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.MailStorageUnderTest;
import org.hrcities.platform.application.port.out.SiteKeyPort;
import org.hrcities.platform.application.port.out.SiteKeysContract;

class InMemorySiteKeysTest extends SiteKeysContract {

    @Override
    protected MailStorageUnderTest emptyStorage() {
        InMemoryStorage storage = new InMemoryStorage();
        return new MailStorageUnderTest(storage.outbox(), storage.scheduledJobs(), storage.siteKeys(), storage.siteKeys(),
                storage.transactions());
    }

    @Override
    protected SiteKeyPort freshSite() {
        return new InMemoryStorage().siteKeys();
    }
}
