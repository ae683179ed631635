package org.hrcities.platform.application.port.out;

import org.hrcities.platform.domain.comment.DiscussionSettings;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * Stores the site's discussion settings, one set per site. Every method must be called inside
 * {@link TransactionPort#inTransaction}.
 */
public interface DiscussionSettingsRepository {

    /** The stored settings at their stored version, or {@link DiscussionSettings#defaults()} (version 0) when none are stored. */
    DiscussionSettings load();

    /**
     * Stores the settings in place of the stored ones.
     *
     * @throws ConcurrentUpdateException if the stored settings are no longer at {@code settings.version()}
     *         (0 meaning: none are stored yet)
     */
    void save(DiscussionSettings settings);
}
