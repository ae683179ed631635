package org.hrcities.platform.application.service.setting;

import java.util.Objects;
import org.hrcities.platform.application.port.in.setting.ReadDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsCommand;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.comment.DiscussionSettings;

/**
 * Reads and changes the discussion settings; a change made on stale settings is refused, never merged.
 *
 * <p>One service for the two use cases on the settings: {@link ReadDiscussionSettingsUseCase} and
 * {@link UpdateDiscussionSettingsUseCase}.
 */
public class DiscussionSettingsService implements ReadDiscussionSettingsUseCase, UpdateDiscussionSettingsUseCase {

    private final DiscussionSettingsRepository settings;
    private final TransactionPort transactions;

    public DiscussionSettingsService(DiscussionSettingsRepository settings, TransactionPort transactions) {
        this.settings = Objects.requireNonNull(settings);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public DiscussionSettings readDiscussionSettings() {
        return transactions.inTransaction(settings::load);
    }

    @Override
    public DiscussionSettings updateDiscussionSettings(UpdateDiscussionSettingsCommand command) {
        return transactions.inTransaction(() -> {
            settings.save(command.settings());
            return settings.load();
        });
    }
}
