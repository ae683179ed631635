package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.hrcities.platform.adapter.out.persistence.PoolFigures;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.StorageOpener;
import org.hrcities.platform.adapter.out.persistence.memory.InMemoryStorage;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.in.moderation.ModerationQueue;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** The figures the metrics read from the storage, when it answers and when it does not. */
class SiteMetricsTest {

    @Test
    void the_moderation_queue_is_the_number_of_pending_comments() {
        assertEquals(3.0, SiteMetrics.pendingComments(query -> {
            assertEquals(ModerationStatus.PENDING.name(), query.status().name(), "the pending tab");
            return new ModerationQueue(Page.empty(PageRequest.first(1)),
                    Map.of(ModerationStatus.PENDING, 3L, ModerationStatus.SPAM, 7L));
        }));
    }

    @Test
    void the_moderation_queue_is_not_a_number_while_the_storage_cannot_say() {
        assertTrue(Double.isNaN(SiteMetrics.pendingComments(query -> {
            throw new StorageUnavailableException("the database is unavailable", null);
        })));
    }

    @Test
    void the_pool_figures_are_zero_until_the_storage_opens_a_pool() {
        Supplier<StorageAdapter> down = () -> {
            throw new StorageUnavailableException("the PostgreSQL server cannot be reached", null);
        };
        try (StorageOpener opener = StorageOpener.open(down, Duration.ofSeconds(60))) {
            assertEquals(0, SiteMetrics.poolFigure(opener, PoolFigures::active));
            assertEquals(0, SiteMetrics.poolFigure(opener, PoolFigures::waiting));
        }
        try (StorageOpener memory = StorageOpener.open(InMemoryStorage::new, Duration.ofSeconds(60))) {
            assertEquals(0, SiteMetrics.poolFigure(memory, PoolFigures::idle));
        }
    }
}
