package org.hrcities.platform.adapter.out.persistence;

import java.util.Optional;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.ImportLedgerPort;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.port.out.SiteKeyPort;
import org.hrcities.platform.application.port.out.StorageBackupPort;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;

/** One storage adapter: the outbound ports it implements, and the resources it releases when closed. */
public interface StorageAdapter extends AutoCloseable {

    PostRepository posts();

    /** The full-text search of the published posts, in step with the writes of {@link #posts()}. */
    PostSearchPort postSearch();

    CommentRepository comments();

    PartnerCityRepository cities();

    EventRepository events();

    TopicRepository topics();

    SitePageRepository pages();

    MediaRepository media();

    /**
     * The bytes of media files: the adapter's own store (the database, the heap) unless the adapter
     * was opened with another one, such as files on disk.
     */
    MediaContentPort mediaContent();

    ImportLedgerPort importLedger();

    AccountRepository accounts();

    DiscussionSettingsRepository discussionSettings();

    ModerationLogRepository moderationLog();

    DataRequestRepository dataRequests();
    /** The mail waiting to be delivered, written in the transactions that cause it. */
    OutboxRepository outbox();

    /** The addresses the site may write to about comments, and the comments each watches. */
    MailSubscriberRepository mailSubscribers();

    /** Periodic jobs' runs, shared by every process storing here, so that each runs once per period. */
    ScheduledJobsPort scheduledJobs();

    /** The site's own secret keys, the same for every process storing here and across restarts. */
    SiteKeyPort siteKeys();
    CommentReportRepository commentReports();

    TransactionPort transactions();

    /** Online backups of the whole storage, for the storages that offer them. */
    StorageBackupPort backups();

    /**
     * Asks the storage a question that needs it to answer (for a database, a query through the pool);
     * throws {@link org.hrcities.platform.application.port.StorageUnavailableException} saying why when
     * it cannot.
     */
    void check();

    /** The version of the storage's schema, as its migrations left it ("none" where there is no schema). */
    String schemaVersion();

    /**
     * Flood control kept in the storage itself, shared by every process that stores there (the
     * members of a cluster), where the storage offers it: PostgreSQL does; H2's file and memory belong
     * to one process, which keeps flood control in its own memory instead.
     */
    default Optional<FloodControlPort> floodControl() {
        return Optional.empty();
    }

    /** Its connection pool now, where it has one (a database); empty for storage that needs none. */
    default Optional<PoolFigures> pool() {
        return Optional.empty();
    }

    @Override
    void close();
}
