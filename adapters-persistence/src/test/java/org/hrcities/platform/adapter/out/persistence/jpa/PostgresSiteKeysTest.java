package org.hrcities.platform.adapter.out.persistence.jpa;

import org.hrcities.platform.application.port.out.MailStorageUnderTest;
import org.hrcities.platform.application.port.out.SiteKeyPort;
import org.hrcities.platform.application.port.out.SiteKeysContract;

class PostgresSiteKeysTest extends SiteKeysContract {

    @Override
    protected MailStorageUnderTest emptyStorage() {
        return TestDatabases.mailPostgres();
    }

    @Override
    protected SiteKeyPort freshSite() {
        return new org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage().siteKeys();
    }
}
