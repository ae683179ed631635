package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.MailSubscriberRepositoryContract;
import org.hrcities.platform.application.port.out.StorageUnderTest;

class PostgresMailSubscriberRepositoryTest extends MailSubscriberRepositoryContract {

    @Override
    protected StorageUnderTest emptyStorage() {
        return TestDatabases.postgres();
    }

    @Override
    protected MailSubscriberRepository subscribers() {
        return TestDatabases.currentPostgres().mailSubscribers();
    }
}
