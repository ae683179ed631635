package org.hrcities.platform.application.port.out;

/**
 * One storage adapter as the contract suites see it: its repositories and its transactions, over
 * storage that is empty when handed out.
 */
public interface StorageUnderTest extends AutoCloseable {

    PostRepository posts();

    CommentRepository comments();

    PartnerCityRepository cities();

    TopicRepository topics();

    SitePageRepository pages();

    MediaRepository media();

    MediaContentPort mediaContent();

    ImportLedgerPort importLedger();

    AccountRepository accounts();

    DiscussionSettingsRepository discussionSettings();

    ModerationLogRepository moderationLog();

    CommentReportRepository commentReports();

    TransactionPort transactions();

    /** The data requests, where the adapter under test was given them. */
    default DataRequestRepository dataRequests() {
        throw new UnsupportedOperationException("this storage under test holds no data requests");
    }

    /** The events, where the adapter under test was given them. */
    default EventRepository events() {
        throw new UnsupportedOperationException("this storage under test holds no events");
    }

    @Override
    default void close() {
    }

    /** The ports of an adapter as the suites see them; closing is left to whoever opened the adapter. */
    static StorageUnderTest of(PostRepository posts, CommentRepository comments, PartnerCityRepository cities,
                               TopicRepository topics, SitePageRepository pages,
                               MediaRepository media, MediaContentPort mediaContent, ImportLedgerPort importLedger,
                               AccountRepository accounts, DiscussionSettingsRepository discussionSettings,
                               ModerationLogRepository moderationLog, CommentReportRepository commentReports,
                               TransactionPort transactions) {
        return of(posts, comments, cities, topics, pages, media, mediaContent, importLedger, accounts, discussionSettings,
                moderationLog, commentReports, transactions, null, null);
    }

    /** As the other {@code of}, with the adapter's data requests and events. */
    static StorageUnderTest of(PostRepository posts, CommentRepository comments, PartnerCityRepository cities,
                               TopicRepository topics, SitePageRepository pages,
                               MediaRepository media, MediaContentPort mediaContent, ImportLedgerPort importLedger,
                               AccountRepository accounts, DiscussionSettingsRepository discussionSettings,
                               ModerationLogRepository moderationLog, CommentReportRepository commentReports,
                               TransactionPort transactions, DataRequestRepository dataRequests, EventRepository events) {
        return new StorageUnderTest() {
            @Override
            public EventRepository events() {
                if (events == null) {
                    return StorageUnderTest.super.events();
                }
                return events;
            }

            @Override
            public DataRequestRepository dataRequests() {
                if (dataRequests == null) {
                    return StorageUnderTest.super.dataRequests();
                }
                return dataRequests;
            }

            @Override
            public PostRepository posts() {
                return posts;
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
            public CommentReportRepository commentReports() {
                return commentReports;
            }

            @Override
            public TransactionPort transactions() {
                return transactions;
            }
        };
    }
}
