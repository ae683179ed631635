package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

/** What every {@link DiscussionSettingsRepository} must do. */
public abstract class DiscussionSettingsRepositoryContract extends StorageContract {

    private static DiscussionSettings strict(long version) {
        return new DiscussionSettings(false, 30, true, 0, List.of("casino", "Crypto Offer"),
                List.of("viagra", "ä-umlaut ünïcödé"), 60, 5, 7, version);
    }

    @Test
    void loads_the_defaults_while_nothing_is_stored() {
        assertEquals(DiscussionSettings.defaults(), inTx(() -> storage.discussionSettings().load()));
    }

    @Test
    void stores_every_setting_and_reads_it_back_at_the_next_version() {
        inTx(() -> storage.discussionSettings().save(strict(0)));
        assertEquals(strict(1), inTx(() -> storage.discussionSettings().load()));

        DiscussionSettings changed = new DiscussionSettings(true, 0, false, 100, List.of(), List.of(), 0, 0, 0, 1);
        inTx(() -> storage.discussionSettings().save(changed));
        assertEquals(changed.withVersion(2), inTx(() -> storage.discussionSettings().load()));
    }

    @Test
    void stores_whether_erasures_delete_comments() {
        DiscussionSettings deleting = new DiscussionSettings(true, 0, false, 2, List.of(), List.of(), 15, 2,
                DiscussionSettings.DEFAULT_REPORT_THRESHOLD, 0, true);
        inTx(() -> storage.discussionSettings().save(deleting));
        assertEquals(deleting.withVersion(1), inTx(() -> storage.discussionSettings().load()));
        assertEquals(true, inTx(() -> storage.discussionSettings().load()).erasureDeletesComments());
    }

    @Test
    void two_administrators_saving_the_same_version_cannot_overwrite_each_other() {
        DiscussionSettings readByA = inTx(() -> storage.discussionSettings().load());
        DiscussionSettings readByB = inTx(() -> storage.discussionSettings().load());
        inTx(() -> storage.discussionSettings().save(strict(readByA.version())));

        DiscussionSettings fromB = new DiscussionSettings(true, 1, false, 9, List.of("b"), List.of(), 1, 1,
                readByB.version());
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.discussionSettings().save(fromB)));
        assertEquals(strict(1), inTx(() -> storage.discussionSettings().load()));

        inTx(() -> storage.discussionSettings().save(fromB.withVersion(1)));
        DiscussionSettings staleAgain = strict(1);
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.discussionSettings().save(staleAgain)));
        assertEquals(fromB.withVersion(2), inTx(() -> storage.discussionSettings().load()));
        assertThrows(ConcurrentUpdateException.class,
                () -> inTx(() -> storage.discussionSettings().save(DiscussionSettings.defaults().withVersion(7))));
    }

    @Test
    void a_failing_transaction_leaves_the_settings_as_they_were() {
        inTx(() -> storage.discussionSettings().save(strict(0)));
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.discussionSettings().save(DiscussionSettings.defaults().withVersion(1));
            throw new IllegalStateException("second write fails");
        }));
        assertEquals(strict(1), inTx(() -> storage.discussionSettings().load()));
    }
}
