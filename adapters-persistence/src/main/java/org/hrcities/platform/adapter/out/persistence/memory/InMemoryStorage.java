package org.hrcities.platform.adapter.out.persistence.memory;

import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.lucene.IndexedPostRepository;
import org.hrcities.platform.adapter.out.persistence.lucene.LucenePostIndex;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.EventRepository;
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
import org.hrcities.platform.application.port.out.StorageBackupPort;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.OnlineBackupNotOfferedException;
import org.hrcities.platform.application.port.out.TransactionPort;

/**
 * Storage that lives in the heap of the running application and is gone when it stops: for
 * development, demonstrations and tests. It keeps the same rules as the database adapters (unique
 * slugs, versions, transactions that undo their writes on failure). Its posts are searched through a
 * Lucene index in the heap, which follows every committed write of the posts.
 */
public final class InMemoryStorage implements StorageAdapter {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryPostRepository posts = new InMemoryPostRepository(transactions);
    private final InMemoryPartnerCityRepository cities = new InMemoryPartnerCityRepository(transactions);
    private final InMemoryEventRepository events = new InMemoryEventRepository(transactions);
    private final InMemoryTopicRepository topics = new InMemoryTopicRepository(transactions);
    private final InMemorySitePageRepository pages = new InMemorySitePageRepository(transactions);
    private final InMemoryMediaRepository media = new InMemoryMediaRepository(transactions);
    private final InMemoryMediaContent mediaContent = new InMemoryMediaContent(transactions);
    private final InMemoryImportLedger importLedger = new InMemoryImportLedger(transactions);
    private final InMemoryCommentRepository comments = new InMemoryCommentRepository(transactions, posts);
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(transactions);
    private final InMemoryDiscussionSettingsRepository discussionSettings =
            new InMemoryDiscussionSettingsRepository(transactions);
    private final InMemoryModerationLogRepository moderationLog = new InMemoryModerationLogRepository(transactions);
    private final InMemoryDataRequestRepository dataRequests = new InMemoryDataRequestRepository(transactions);
    private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
    private final InMemoryMailSubscriberRepository mailSubscribers = new InMemoryMailSubscriberRepository(transactions);
    private final InMemoryScheduledJobs scheduledJobs = new InMemoryScheduledJobs();
    private final InMemorySiteKeys siteKeys = new InMemorySiteKeys();
    private final InMemoryCommentReportRepository commentReports =
            new InMemoryCommentReportRepository(transactions, comments::exists);

    private final LucenePostIndex search;
    private final PostRepository indexedPosts;

    /** Empty storage; the search indexes each post in its own language. */
    public InMemoryStorage() {
        posts.onDelete(comments::deleteAllOf);
        search = LucenePostIndex.inMemory();
        indexedPosts = new IndexedPostRepository(posts, search, transactions);
    }

    @Override
    public PostRepository posts() {
        return indexedPosts;
    }

    @Override
    public PostSearchPort postSearch() {
        return search;
    }

    @Override
    public CommentRepository comments() {
        return comments;
    }

    @Override
    public PartnerCityRepository cities() {
        return cities;
    }

    @Override
    public EventRepository events() {
        return events;
    }

    @Override
    public TopicRepository topics() {
        return topics;
    }

    @Override
    public SitePageRepository pages() {
        return pages;
    }

    @Override
    public MediaRepository media() {
        return media;
    }

    /** The bytes in the heap, written and undone with the transaction like everything else here. */
    @Override
    public MediaContentPort mediaContent() {
        return mediaContent;
    }

    @Override
    public ImportLedgerPort importLedger() {
        return importLedger;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public DiscussionSettingsRepository discussionSettings() {
        return discussionSettings;
    }

    @Override
    public ModerationLogRepository moderationLog() {
        return moderationLog;
    }

    @Override
    public OutboxRepository outbox() {
        return outbox;
    }

    @Override
    public MailSubscriberRepository mailSubscribers() {
        return mailSubscribers;
    }

    @Override
    public ScheduledJobsPort scheduledJobs() {
        return scheduledJobs;
    }

    @Override
    public SiteKeyPort siteKeys() {
        return siteKeys;
    }

    @Override
    public CommentReportRepository commentReports() {
        return commentReports;
    }

    @Override
    public DataRequestRepository dataRequests() {
        return dataRequests;
    }

    @Override
    public TransactionPort transactions() {
        return transactions;
    }

    /** The heap keeps nothing that outlives the site, so there is nothing to back up. */
    @Override
    public StorageBackupPort backups() {
        return file -> {
            throw new OnlineBackupNotOfferedException("the in-memory storage (hrc.storage=memory) keeps nothing"
                    + " beyond the running site: there is nothing to back up");
        };
    }

    /** The heap always answers. */
    @Override
    public void check() {
    }

    @Override
    public String schemaVersion() {
        return "none";
    }

    /** Closes the search index; the heap is reclaimed with the store. */
    @Override
    public void close() {
        search.close();
    }
}
