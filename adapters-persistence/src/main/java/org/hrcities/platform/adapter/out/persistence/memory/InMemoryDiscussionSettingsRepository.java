package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/** The discussion settings in memory; the defaults until some are saved. */
final class InMemoryDiscussionSettingsRepository implements DiscussionSettingsRepository {

    private final InMemoryTransactions transactions;
    private volatile DiscussionSettings stored;

    InMemoryDiscussionSettingsRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public DiscussionSettings load() {
        transactions.requireTransaction();
        DiscussionSettings current = stored;
        return current == null ? DiscussionSettings.defaults() : current;
    }

    @Override
    public void save(DiscussionSettings settings) {
        transactions.lockForWrite();
        DiscussionSettings previous = stored;
        long storedVersion = previous == null ? 0 : previous.version();
        if (settings.version() != storedVersion) {
            throw new ConcurrentUpdateException("discussion settings", "of the site");
        }
        transactions.onRollback(() -> stored = previous);
        stored = settings.withVersion(storedVersion + 1);
    }
}
