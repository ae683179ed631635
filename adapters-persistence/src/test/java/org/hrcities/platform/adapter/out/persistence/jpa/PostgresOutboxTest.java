package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MailStorageUnderTest;
import org.hrcities.platform.application.port.out.OutboxContract;

class PostgresOutboxTest extends OutboxContract {

    @Override
    protected MailStorageUnderTest emptyStorage() {
        return TestDatabases.mailPostgres();
    }
}
