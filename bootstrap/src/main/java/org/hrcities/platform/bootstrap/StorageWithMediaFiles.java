package org.hrcities.platform.bootstrap;

import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.adapter.out.persistence.PoolFigures;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
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
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.port.out.SiteKeyPort;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.StorageBackupPort;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;

/**
 * A storage adapter whose media bytes are kept by another store ({@code hrc.media.store=files}); every
 * other port, and the default methods too, are the adapter's own.
 */
final class StorageWithMediaFiles implements StorageAdapter {

    private final StorageAdapter storage;
    private final MediaContentPort mediaContent;

    StorageWithMediaFiles(StorageAdapter storage, MediaContentPort mediaContent) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.mediaContent = Objects.requireNonNull(mediaContent, "mediaContent");
    }

    @Override
    public MediaContentPort mediaContent() {
        return mediaContent;
    }

    @Override
    public PostRepository posts() {
        return storage.posts();
    }

    @Override
    public PostSearchPort postSearch() {
        return storage.postSearch();
    }

    @Override
    public CommentRepository comments() {
        return storage.comments();
    }

    @Override
    public PartnerCityRepository cities() {
        return storage.cities();
    }

    @Override
    public EventRepository events() {
        return storage.events();
    }

    @Override
    public TopicRepository topics() {
        return storage.topics();
    }

    @Override
    public SitePageRepository pages() {
        return storage.pages();
    }

    @Override
    public MediaRepository media() {
        return storage.media();
    }

    @Override
    public ImportLedgerPort importLedger() {
        return storage.importLedger();
    }

    @Override
    public AccountRepository accounts() {
        return storage.accounts();
    }

    @Override
    public DiscussionSettingsRepository discussionSettings() {
        return storage.discussionSettings();
    }

    @Override
    public ModerationLogRepository moderationLog() {
        return storage.moderationLog();
    }

    @Override
    public OutboxRepository outbox() {
        return storage.outbox();
    }

    @Override
    public MailSubscriberRepository mailSubscribers() {
        return storage.mailSubscribers();
    }

    @Override
    public ScheduledJobsPort scheduledJobs() {
        return storage.scheduledJobs();
    }

    @Override
    public SiteKeyPort siteKeys() {
        return storage.siteKeys();
    }

    @Override
    public CommentReportRepository commentReports() {
        return storage.commentReports();
    }

    @Override
    public DataRequestRepository dataRequests() {
        return storage.dataRequests();
    }

    @Override
    public TransactionPort transactions() {
        return storage.transactions();
    }

    @Override
    public StorageBackupPort backups() {
        return storage.backups();
    }

    @Override
    public void check() {
        storage.check();
    }

    @Override
    public String schemaVersion() {
        return storage.schemaVersion();
    }

    @Override
    public Optional<FloodControlPort> floodControl() {
        return storage.floodControl();
    }

    @Override
    public Optional<PoolFigures> pool() {
        return storage.pool();
    }

    @Override
    public void close() {
        storage.close();
    }
}
