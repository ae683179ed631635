package org.hrcities.platform.application.service.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsCommand;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class DiscussionSettingsServiceTest {

    /** Keeps one set of settings, versioned as the storage adapters do. */
    private static final class OneSettings implements DiscussionSettingsRepository {
        private DiscussionSettings stored = DiscussionSettings.defaults();

        @Override
        public DiscussionSettings load() {
            return stored;
        }

        @Override
        public void save(DiscussionSettings settings) {
            if (settings.version() != stored.version()) {
                throw new ConcurrentUpdateException("discussion settings", "site");
            }
            stored = settings.withVersion(stored.version() + 1);
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final DiscussionSettingsService service = new DiscussionSettingsService(new OneSettings(), transactions);

    private static UpdateDiscussionSettingsCommand closingAfter(int days, long expectedVersion) {
        return new UpdateDiscussionSettingsCommand(true, days, true, 3, List.of(" casino "), List.of(), 20, 3, 5,
                expectedVersion);
    }

    @Test
    void reads_the_defaults_until_settings_are_stored() {
        assertEquals(DiscussionSettings.defaults(), service.readDiscussionSettings());
        assertEquals(1, transactions.started());
    }

    @Test
    void answers_the_stored_settings_at_their_new_version() {
        DiscussionSettings stored = service.updateDiscussionSettings(closingAfter(14, 0));
        assertEquals(1, stored.version());
        assertEquals(14, stored.closeCommentsAfterDays());
        assertEquals(5, stored.reportThreshold());
        assertEquals(List.of("casino"), stored.moderationWords());
        assertEquals(stored, service.readDiscussionSettings());
    }

    @Test
    void refuses_a_change_made_on_settings_that_changed_since() {
        service.updateDiscussionSettings(closingAfter(14, 0));
        assertThrows(ConcurrentUpdateException.class, () -> service.updateDiscussionSettings(closingAfter(30, 0)));
        assertEquals(14, service.readDiscussionSettings().closeCommentsAfterDays());
    }

    @Test
    void a_command_with_an_invalid_setting_cannot_be_built() {
        assertEquals("maxLinks", assertThrows(InvalidValueException.class, () -> new UpdateDiscussionSettingsCommand(
                true, 0, false, 101, List.of(), List.of(), 15, 2, 3, 0)).field());
        assertEquals("reportThreshold", assertThrows(InvalidValueException.class, () -> new UpdateDiscussionSettingsCommand(
                true, 0, false, 2, List.of(), List.of(), 15, 2, DiscussionSettings.MAX_REPORT_THRESHOLD + 1, 0)).field());
    }
}
