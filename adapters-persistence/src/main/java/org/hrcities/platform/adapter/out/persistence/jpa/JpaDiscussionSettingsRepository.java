package org.hrcities.platform.adapter.out.persistence.jpa;

import jakarta.persistence.EntityManager;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.domain.comment.DiscussionSettings;

/** The discussion settings in the single row of {@code discussion_settings}; no row means the defaults. */
final class JpaDiscussionSettingsRepository implements DiscussionSettingsRepository {

    private final JpaTransactions transactions;

    JpaDiscussionSettingsRepository(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public DiscussionSettings load() {
        DiscussionSettingsJpaEntity row = transactions.entityManager()
                .find(DiscussionSettingsJpaEntity.class, DiscussionSettingsJpaEntity.SITE);
        return row == null ? DiscussionSettings.defaults() : DiscussionSettingsJpaMapper.toDomain(row);
    }

    @Override
    public void save(DiscussionSettings settings) {
        EntityManager em = transactions.entityManager();
        DiscussionSettingsJpaEntity row = StoredRows.atVersion(em, DiscussionSettingsJpaEntity.class,
                DiscussionSettingsJpaEntity.SITE, settings.version(), stored -> stored.version, "discussion settings",
                "of the site");
        if (row == null) {
            row = StoredRows.insert(em, new DiscussionSettingsJpaEntity(DiscussionSettingsJpaEntity.SITE), "discussion settings", "of the site");
        }
        DiscussionSettingsJpaMapper.copyInto(settings, row);
        Flushing.flush(em, null, null, "discussion settings", "of the site");
    }
}
