package org.hrcities.platform.adapter.out.persistence.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.persistence.config.ExclusiveConnectionMode;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hrcities.platform.adapter.out.persistence.PoolEvents;
import org.hrcities.platform.adapter.out.persistence.PoolFigures;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.adapter.out.persistence.lucene.IndexedPostRepository;
import org.hrcities.platform.adapter.out.persistence.lucene.LucenePostIndex;
import org.hrcities.platform.application.port.OnlineBackupNotOfferedException;
import org.hrcities.platform.application.port.StorageUnavailableException;
import org.hrcities.platform.application.port.out.StorageBackupPort;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.CommentReportRepository;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.EventRepository;
import org.hrcities.platform.application.port.out.ImportLedgerPort;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.port.out.ScheduledJobsPort;
import org.hrcities.platform.application.port.out.SiteKeyPort;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.TransactionPort;

/**
 * Storage in a relational database (H2 or PostgreSQL) through JPA with EclipseLink. Opening it
 * brings the schema up to date with the Flyway migrations under {@code db/migration}; the schema is
 * never generated from the entities. Posts are searched with PostgreSQL's text search on PostgreSQL,
 * and with a Lucene index rebuilt at opening and kept in step with the writes on H2.
 */
public final class JpaStorage implements StorageAdapter {

    /** The persistence unit lives outside the standard location so that the container leaves it to us. */
    static final String PERSISTENCE_XML = "META-INF/hrc-persistence.xml";
    static final String MIGRATIONS = "classpath:db/migration";

    /**
     * How long a thread waiting for one of EclipseLink's cache-key locks sleeps before it looks again,
     * unless the holder's release wakes it first. EclipseLink's default of 0 makes the waiter spin
     * without sleeping (its {@code Condition.await(0, ...)} returns at once): threads reading the
     * same post burnt more than a quarter of the site's CPU that way (decision 0033).
     */
    static final long LOCK_WAIT_MILLIS = 5;

    private final HikariDataSource dataSource;
    private final String schemaVersion;
    private final Database database;
    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final JpaPostRepository posts;
    private final JpaCommentRepository comments;
    private final JpaPartnerCityRepository cities;
    private final JpaEventRepository events;
    private final JpaTopicRepository topics;
    private final JpaSitePageRepository pages;
    private final JpaMediaRepository media;
    private final JpaMediaContent mediaContent;
    private final JpaImportLedger importLedger;
    private final JpaAccountRepository accounts;
    private final JpaDiscussionSettingsRepository discussionSettings;
    private final JpaModerationLogRepository moderationLog;
    private final JpaDataRequestRepository dataRequests;
    private final JpaOutbox outbox;
    private final JpaMailSubscriberRepository mailSubscribers;
    private final JpaScheduledJobs scheduledJobs;
    private final JpaSiteKeys siteKeys;
    private final JpaCommentReportRepository commentReports;
    /** On PostgreSQL only: the members of a cluster share it. */
    private final JpaFloodControl floodControl;
    /** On H2 only: the search index, which the posts' writes keep in step. */
    private final LucenePostIndex searchIndex;
    private final PostRepository searchedPosts;
    private final PostSearchPort postSearch;

    private JpaStorage(HikariDataSource dataSource, EntityManagerFactory factory, String schemaVersion, Database database) {
        this.dataSource = dataSource;
        this.database = database;
        this.schemaVersion = schemaVersion;
        this.factory = factory;
        this.transactions = new JpaTransactions(factory);
        this.posts = new JpaPostRepository(transactions);
        this.comments = new JpaCommentRepository(transactions);
        this.cities = new JpaPartnerCityRepository(transactions);
        this.events = new JpaEventRepository(transactions);
        this.topics = new JpaTopicRepository(transactions);
        this.pages = new JpaSitePageRepository(transactions);
        this.media = new JpaMediaRepository(transactions);
        this.mediaContent = new JpaMediaContent(transactions);
        this.importLedger = new JpaImportLedger(transactions);
        this.accounts = new JpaAccountRepository(transactions);
        this.discussionSettings = new JpaDiscussionSettingsRepository(transactions);
        this.moderationLog = new JpaModerationLogRepository(transactions);
        this.dataRequests = new JpaDataRequestRepository(transactions);
        this.outbox = new JpaOutbox(transactions);
        this.mailSubscribers = new JpaMailSubscriberRepository(transactions);
        this.scheduledJobs = new JpaScheduledJobs(dataSource);
        this.siteKeys = new JpaSiteKeys(dataSource);
        this.commentReports = new JpaCommentReportRepository(transactions);
        this.floodControl = database == Database.POSTGRESQL ? new JpaFloodControl(transactions, dataSource) : null;
        if (database == Database.H2) {
            this.searchIndex = SearchIndexRebuild.open(settings(dataSource), dataSource);
            this.searchedPosts = new IndexedPostRepository(posts, searchIndex, transactions);
            this.postSearch = searchIndex;
        } else {
            this.searchIndex = null;
            this.searchedPosts = posts;
            this.postSearch = new PostgresPostSearch(transactions);
        }
    }

    private static String settings(HikariDataSource dataSource) {
        return dataSource.getJdbcUrl();
    }

    /**
     * Connects, migrates the schema and starts JPA. When the database cannot be reached, refuses the
     * login, does not exist, is locked or unreadable, or a migration fails, this throws
     * {@link StorageUnavailableException} with one sentence that says which and where (never a password),
     * and holds nothing open.
     */
    public static JpaStorage open(JpaSettings settings) {
        return open(settings, PoolEvents.NONE);
    }

    /**
     * Opens the storage as {@link #open(JpaSettings)} does, and tells {@code poolEvents} how long each
     * request for a connection waited, and which of them got none.
     */
    public static JpaStorage open(JpaSettings settings, PoolEvents poolEvents) {
        HikariDataSource dataSource = null;
        try {
            dataSource = dataSource(settings, poolEvents);
            boolean postgresql = Database.of(settings.url()) == Database.POSTGRESQL;
            Flyway flyway = Flyway.configure(JpaStorage.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    // every pending migration in one transaction where DDL is transactional (PostgreSQL): a
                    // failing one leaves none applied; H2 commits each DDL statement, and H2Migrations puts it back
                    .group(postgresql)
                    .load();
            MigrateResult migrated = postgresql ? flyway.migrate() : H2Migrations.migrate(flyway, dataSource);
            EntityManagerFactory factory = new PersistenceProvider()
                    .createEntityManagerFactory("hrc", jpaProperties(dataSource, settings.sharedCache()));
            if (factory == null) {
                throw new MissingPersistenceUnitException();
            }
            factory.createEntityManager().close();
            return new JpaStorage(dataSource, factory, migrated.targetSchemaVersion != null
                    ? migrated.targetSchemaVersion : migrated.initialSchemaVersion, Database.of(settings.url()));
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (e instanceof MissingPersistenceUnitException) {
                throw e;
            }
            throw new StorageUnavailableException(OpeningProblems.describe(e, settings), e);
        }
    }

    /** The adapter was packaged without its persistence unit: a fault of the build, not of the database. */
    private static final class MissingPersistenceUnitException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        MissingPersistenceUnitException() {
            super("persistence unit hrc not found in " + PERSISTENCE_XML);
        }
    }

    private static HikariDataSource dataSource(JpaSettings settings, PoolEvents poolEvents) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hrc");
        Database database = Database.of(settings.url());
        config.setDriverClassName(database.driverClass());
        config.setJdbcUrl(database.connectionUrl(settings.url()));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        config.setAutoCommit(false);
        // a request waits this long for a connection, then fails with 503 instead of hanging while the database is down
        config.setConnectionTimeout(settings.connectTimeoutMillis());
        config.setValidationTimeout(Math.max(JpaSettings.MIN_CONNECT_TIMEOUT_MILLIS,
                Math.min(5_000, settings.connectTimeoutMillis() / 2)));
        // one attempt at a first connection: when it fails, opening fails at once and the caller tries again later
        config.setInitializationFailTimeout(1);
        if (database == Database.POSTGRESQL) {
            // EclipseLink binds a null or collection-element UUID as text; let PostgreSQL infer the column's type
            config.addDataSourceProperty("stringtype", "unspecified");
        }
        if (poolEvents != PoolEvents.NONE) {
            config.setMetricsTrackerFactory((poolName, stats) -> new PoolEventsTracker(poolEvents));
        }
        return new HikariDataSource(config);
    }

    /** Passes on what HikariCP records of lending connections; its other figures are not needed. */
    private record PoolEventsTracker(PoolEvents events) implements IMetricsTracker {

        @Override
        public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
            events.waited(elapsedAcquiredNanos);
        }

        @Override
        public void recordConnectionTimeout() {
            events.timedOut();
        }
    }

    private static Map<String, Object> jpaProperties(HikariDataSource dataSource, boolean sharedCache) {
        Map<String, Object> properties = new HashMap<>();
        if (!sharedCache) {
            // each read asks the database: other processes write to it
            properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
            // and a transaction reads and writes on one connection, taken at its first query (decision 0033);
            // not with the shared cache, whose entities load their collections on connections of their own:
            // a transaction holding one would wait for a second
            properties.put(PersistenceUnitProperties.EXCLUSIVE_CONNECTION_MODE, ExclusiveConnectionMode.Always);
        }
        properties.put(PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML, PERSISTENCE_XML);
        properties.put(PersistenceUnitProperties.CLASSLOADER, JpaStorage.class.getClassLoader());
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, FailFastSession.class.getName());
        properties.put(PersistenceUnitProperties.CONCURRENCY_MANAGER_ACQUIRE_WAIT_TIME, String.valueOf(LOCK_WAIT_MILLIS));
        return properties;
    }

    @Override
    public PostRepository posts() {
        return searchedPosts;
    }

    @Override
    public PostSearchPort postSearch() {
        return postSearch;
    }

    @Override
    public CommentRepository comments() {
        return comments;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
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

    /** The bytes in the database, in the calling transaction. */
    @Override
    public MediaContentPort mediaContent() {
        return mediaContent;
    }

    @Override
    public ImportLedgerPort importLedger() {
        return importLedger;
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

    /** On PostgreSQL, flood control in the database, which every process storing there shares. */
    @Override
    public Optional<FloodControlPort> floodControl() {
        return Optional.ofNullable(floodControl);
    }

    /**
     * H2: {@code BACKUP TO}, which writes a zip of the database file as it stands at one moment while the
     * site keeps reading and writing. PostgreSQL is backed up with its own tools.
     */
    @Override
    public StorageBackupPort backups() {
        return file -> {
            if (database != Database.H2) {
                throw new OnlineBackupNotOfferedException("PostgreSQL is backed up with its own tools, not by the site:"
                        + " pg_dump --format=custom (see the operations guide)");
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, file.toAbsolutePath().toString());
                backup.execute();
                connection.commit();
                return Files.size(file);
            } catch (SQLException e) {
                if (JpaTransactions.isUnavailability(e)) {
                    throw new StorageUnavailableException("the database is unavailable", e);
                }
                throw new IllegalStateException("the backup to " + file + " failed: " + firstLine(e.getMessage()), e);
            } catch (IOException e) {
                throw new UncheckedIOException("the backup " + file + " cannot be read back", e);
            }
        };
    }

    /** Asks the database a question through the pool: {@code SELECT 1} on a pooled connection. */
    @Override
    public void check() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            throw new StorageUnavailableException("the database does not answer: " + firstLine(e.getMessage()), e);
        }
    }

    /** The schema's version after the migrations ran at opening, such as "3". */
    @Override
    public String schemaVersion() {
        return schemaVersion == null ? "none" : schemaVersion;
    }

    /** The pool now, as HikariCP counts it; empty once closed. */
    @Override
    public Optional<PoolFigures> pool() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        if (pool == null || dataSource.isClosed()) {
            return Optional.empty();
        }
        return Optional.of(new PoolFigures(Math.max(0, pool.getActiveConnections()), Math.max(0, pool.getIdleConnections()),
                dataSource.getMaximumPoolSize(), Math.max(0, pool.getThreadsAwaitingConnection())));
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.strip().lines().findFirst().orElse("");
    }

    /** The connection pool, for tools that work below JPA. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Another process's flood control on this database, as a cluster's member has it; for tests. */
    JpaFloodControl anotherFloodControl(boolean purgesInBackground) {
        return new JpaFloodControl(transactions, dataSource, purgesInBackground);
    }

    /** Forgets every cached entity, as after data changed behind JPA's back, and rebuilds the search index. */
    void evictCaches() {
        factory.getCache().evictAll();
        if (searchIndex != null) {
            SearchIndexRebuild.fill(searchIndex, dataSource);
        }
    }

    @Override
    public void close() {
        if (floodControl != null) {
            floodControl.close();
        }
        if (searchIndex != null) {
            searchIndex.close();
        }
        try {
            factory.close();
        } finally {
            dataSource.close();
        }
    }
}
