package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.MailSubscriberRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class H2MailSubscriberRepositoryTest extends MailSubscriberRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.h2();
    }

    @Override
    protected MailSubscriberRepository subscribers() {
        return TestDatabases.currentH2().mailSubscribers();
    }
}
