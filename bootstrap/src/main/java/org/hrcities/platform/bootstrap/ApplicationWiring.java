package org.hrcities.platform.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.input.SiteAddress;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.site.privacy.SenderDataRetention;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase;
import org.hrcities.platform.application.port.in.privacy.DownloadPersonalDataUseCase;
import org.hrcities.platform.application.port.in.privacy.ForgetOldSenderDataUseCase;
import org.hrcities.platform.application.port.in.privacy.ListPersonalDataRequestsUseCase;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataUseCase;
import org.hrcities.platform.application.service.privacy.SenderDataRetentionService;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.adapter.in.web.wordpress.ImportFolder;
import org.hrcities.platform.adapter.out.persistence.StorageOpener;
import org.hrcities.platform.adapter.out.persistence.jpa.JpaSettings;
import org.hrcities.platform.application.port.in.account.ChangeAccountUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnAdminLanguageUseCase;
import org.hrcities.platform.application.port.in.account.ChangeOwnPasswordUseCase;
import org.hrcities.platform.application.port.in.account.FindStaffMemberUseCase;
import org.hrcities.platform.application.port.in.account.ListAccountsUseCase;
import org.hrcities.platform.application.port.in.account.OpenAccountUseCase;
import org.hrcities.platform.application.port.in.account.ProvisionAdministratorUseCase;
import org.hrcities.platform.application.port.in.account.ReadAccountUseCase;
import org.hrcities.platform.application.port.in.account.SignInUseCase;
import org.hrcities.platform.application.port.in.authoring.DeletePostUseCase;
import org.hrcities.platform.application.port.in.backup.BackUpSiteUseCase;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PublishDuePostsUseCase;
import org.hrcities.platform.application.port.in.authoring.PublishPostUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SavePostUseCase;
import org.hrcities.platform.application.port.in.authoring.SchedulePostUseCase;
import org.hrcities.platform.application.port.in.authoring.TranslatePostUseCase;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostUseCase;
import org.hrcities.platform.application.port.in.migration.FindMovedContentUseCase;
import org.hrcities.platform.application.port.in.migration.ImportSiteUseCase;
import org.hrcities.platform.application.port.in.city.CreatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.EditPartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesUseCase;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityForAdministrationUseCase;
import org.hrcities.platform.application.port.in.city.ReadPartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.ReinstatePartnerCityUseCase;
import org.hrcities.platform.application.port.in.city.RetirePartnerCityUseCase;
import org.hrcities.platform.application.port.in.event.ChangeEventStatusUseCase;
import org.hrcities.platform.application.port.in.event.CreateEventUseCase;
import org.hrcities.platform.application.port.in.event.EditEventUseCase;
import org.hrcities.platform.application.port.in.event.FindEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListCalendarEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListEventsForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ListEventsNamingPostUseCase;
import org.hrcities.platform.application.port.in.event.ListEventsUseCase;
import org.hrcities.platform.application.port.in.event.ListUpcomingEventsUseCase;
import org.hrcities.platform.application.port.in.event.ReadEventForAdministrationUseCase;
import org.hrcities.platform.application.port.in.event.ReadEventUseCase;
import org.hrcities.platform.application.port.in.comment.ListApprovedCommentsUseCase;
import org.hrcities.platform.application.port.in.comment.ReportCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.moderation.ListCommentsForModerationUseCase;
import org.hrcities.platform.application.port.in.moderation.ModerateCommentsUseCase;
import org.hrcities.platform.application.port.in.moderation.ReadCommentForModerationUseCase;
import org.hrcities.platform.application.port.in.moderation.ReadModerationHistoryUseCase;
import org.hrcities.platform.application.port.in.moderation.ReadTransparencyReportUseCase;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.setting.ReadDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.in.setting.UpdateDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.in.setup.LoadInitialContentUseCase;
import org.hrcities.platform.application.port.in.page.CreateSitePageUseCase;
import org.hrcities.platform.application.port.in.page.DeleteSitePageUseCase;
import org.hrcities.platform.application.port.in.page.EditSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ListPublishedPagesUseCase;
import org.hrcities.platform.application.port.in.page.ListSitePagesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.PublishSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.TranslateSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ReadSiteMenuUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageUseCase;
import org.hrcities.platform.application.port.in.media.DescribeMediaUseCase;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.application.port.in.media.UploadMediaUseCase;
import org.hrcities.platform.application.port.in.topic.CreateTopicUseCase;
import org.hrcities.platform.application.port.in.topic.EditTopicUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicForAdministrationUseCase;
import org.hrcities.platform.application.port.in.topic.ReadTopicUseCase;
import org.hrcities.platform.application.port.in.mail.DeliverQueuedMailUseCase;
import org.hrcities.platform.application.port.in.mail.ForgetSentMailUseCase;
import org.hrcities.platform.application.port.in.mail.ListOutgoingMailUseCase;
import org.hrcities.platform.application.port.in.mail.RetryMailUseCase;
import org.hrcities.platform.application.port.in.notification.ChooseModerationDigestUseCase;
import org.hrcities.platform.application.port.in.notification.ConfirmAddressUseCase;
import org.hrcities.platform.application.port.in.notification.ReadMailOptionsUseCase;
import org.hrcities.platform.application.port.in.notification.SendModerationDigestUseCase;
import org.hrcities.platform.application.port.in.notification.UnsubscribeUseCase;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.service.mail.MailDeliveryService;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Opens the configured storage once, wires the services to it and hands the use cases to the web
 * adapter. When the storage cannot be opened at start, the services are wired to a stand-in that
 * answers "unavailable" until the storage opens (see {@link StorageOpener}). Closing the application
 * closes the storage.
 */
@ApplicationScoped
public class ApplicationWiring {

    /** The configuration key of the days sender data is kept. */
    static final String SENDER_DATA_DAYS = "hrc.privacy.sender-data-days";
    static final String LANGUAGES = "hrc.languages";

    private static final Logger LOG = Logger.getLogger(ApplicationWiring.class.getName());

    @Inject
    Config config;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    SiteMetrics metrics;

    @Inject
    ClusterMembership cluster;

    /** How often a storage that could not be opened at start is tried again. */
    static final Duration RETRY_OPENING = Duration.ofSeconds(1);

    private StorageSettings settings;
    private MediaStoreSettings mediaStore;
    private StorageOpener storage;
    private Services services;
    private SiteAddress siteAddress;
    private SubmitCommentUseCase submitComment;
    private MailSettings mail;
    private DeliverQueuedMailUseCase mailDelivery;
    private SiteLanguages languages;

    @PostConstruct
    void wire() {
        siteAddress = SiteAddress.of(config.getOptionalValue("hrc.site.url", String.class).orElse(""));
        languages = siteLanguages(config.getOptionalValue(LANGUAGES, String.class).orElse(null));
        settings = StorageSettings.of(
                config.getOptionalValue("hrc.storage", String.class).orElse("jpa"),
                config.getOptionalValue("hrc.db.url", String.class).orElse("jdbc:h2:file:./data/hrc"),
                config.getOptionalValue("hrc.db.user", String.class).orElse(""),
                config.getOptionalValue("hrc.db.password", String.class).orElse(""),
                config.getOptionalValue("hrc.db.pool-size", Integer.class).orElse(16),
                config.getOptionalValue("hrc.db.connect-timeout-ms", Integer.class)
                        .orElse(JpaSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS));
        if (cluster.clustered()) {
            settings = settings.forClusterMember();
        }
        mediaStore = MediaStoreSettings.of(config.getOptionalValue("hrc.media.store", String.class).orElse("database"),
                settings.jpa() == null ? null : settings.jpa().url());
        Optional<SmtpSettings> smtp = smtpSettings();
        mail = mailSettings(smtp);
        long started = System.nanoTime();
        storage = StorageOpener.open(() -> Storages.open(settings, mediaStore, metrics.poolEvents()), RETRY_OPENING);
        services = Services.wire(storage.storage(), Services.SYSTEM_CLOCK, new Pbkdf2Passwords(pbkdf2,
                config.getOptionalValue("hrc.password.iterations", Integer.class).orElse(Pbkdf2Passwords.DEFAULT_ITERATIONS)),
                config.getOptionalValue("hrc.backup.dir", String.class).map(Path::of).orElse(Services.DEFAULT_BACKUP_FOLDER),
                safeguards(), settings.commentsPerTransaction(), mail, digestPeriod(), senderDataDays(), languages);
        if (mail.enabled()) {
            mailDelivery = new MailDeliveryService(storage.storage().outbox(), new SmtpMailSender(smtp.orElseThrow()),
                    storage.storage().transactions(), Services.SYSTEM_CLOCK, claimPeriod());
        }
        submitComment = new CountedCommentSubmission(services.submitComment(), metrics.commentArrivalCounters());
        LOG.info(() -> String.format("storage: %s (%s in %d ms); media bytes: %s", settings.describe(),
                storage.ready() ? "opened" : "not open yet", (System.nanoTime() - started) / 1_000_000,
                mediaStore.describe()));
    }

    /** The mail server from {@code hrc.smtp.*}; empty when {@code hrc.smtp.host} is not set. */
    private Optional<SmtpSettings> smtpSettings() {
        return SmtpSettings.of(config.getOptionalValue("hrc.smtp.host", String.class).orElse(""),
                config.getOptionalValue("hrc.smtp.port", Integer.class).orElse(SmtpSettings.DEFAULT_PORT),
                config.getOptionalValue("hrc.smtp.user", String.class).orElse(""),
                config.getOptionalValue("hrc.smtp.password", String.class).orElse(""),
                config.getOptionalValue("hrc.smtp.from", String.class).orElse(""),
                config.getOptionalValue("hrc.smtp.starttls", String.class).orElse("required"),
                config.getOptionalValue("hrc.smtp.timeout-ms", Integer.class).orElse(SmtpSettings.DEFAULT_TIMEOUT_MILLIS));
    }

    /**
     * Mail goes out when a server is configured and the site knows its public address, which every
     * link in a message starts with (a request's {@code Host} header would let anyone choose the links
     * in messages to others). Either way the start-up log says what the site does.
     */
    private MailSettings mailSettings(Optional<SmtpSettings> smtp) {
        Optional<URI> origin = siteAddress.base();
        if (smtp.isEmpty()) {
            LOG.info("mail: no mail server configured (hrc.smtp.host): the site sends no mail; commenters are not"
                    + " offered notifications and data requests are taken by the staff");
            return origin.map(MailSettings::disabled).orElse(Services.NO_MAIL);
        }
        if (origin.isEmpty()) {
            LOG.warning("mail: hrc.smtp.host is set but hrc.site.url is not: the site sends no mail, since the links"
                    + " in messages must start with the site's public address; set hrc.site.url");
            return Services.NO_MAIL;
        }
        LOG.info(() -> "mail: through " + smtp.get().describe() + "; links start with " + origin.get());
        return new MailSettings(true, origin.get());
    }

    /** {@code hrc.mail.digest-minutes}: at most one moderation digest per moderator in this time. */
    private Duration digestPeriod() {
        long minutes = config.getOptionalValue("hrc.mail.digest-minutes", Long.class)
                .orElse(Services.DEFAULT_DIGEST_PERIOD.toMinutes());
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            throw new IllegalArgumentException("hrc.mail.digest-minutes lies between 1 and 10080, not " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    /**
     * {@code hrc.languages}: the languages the site is written in, such as {@code en,fr,de}, its default first
     * ({@link Services#DEFAULT_LANGUAGES} when unset).
     */
    static SiteLanguages siteLanguages(String setting) {
        if (setting == null) {
            return Services.DEFAULT_LANGUAGES;
        }
        try {
            return SiteLanguages.parse(setting);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(LANGUAGES + ": " + e.getMessage(), e);
        }
    }

    /** The languages the site is written in, for the pages and the API. */
    @Produces
    SiteLanguages siteLanguages() {
        return languages;
    }

    /** {@code hrc.privacy.sender-data-days}: comments' network addresses and user agents are erased after this many days. */
    int senderDataDays() {
        int days = config.getOptionalValue(SENDER_DATA_DAYS, Integer.class).orElse(SenderDataRetentionService.DEFAULT_DAYS);
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException(SENDER_DATA_DAYS + " lies between 1 and 3650, not " + days);
        }
        return days;
    }

    /** The retention job: erases the sender data past its days, once per hour across the cluster. */
    ForgetOldSenderDataUseCase senderDataRetention() {
        return services.senderDataRetention();
    }

    /**
     * {@code hrc.mail.claim-seconds}: how long a message claimed by an instance that then died waits
     * before it is sent by another, or by the same once restarted.
     */
    private Duration claimPeriod() {
        long seconds = config.getOptionalValue("hrc.mail.claim-seconds", Long.class)
                .orElse(MailDeliveryService.DEFAULT_LEASE.toSeconds());
        if (seconds < 5 || seconds > 3600) {
            throw new IllegalArgumentException("hrc.mail.claim-seconds lies between 5 and 3600, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    /** Forgetting sent mail, run by the mail delivery's scheduler. */
    ForgetSentMailUseCase forgetSentMail() {
        return services.outboxAdministration();
    }

    /** The moderation digest's job, run by the mail delivery's scheduler. */
    SendModerationDigestUseCase moderationDigest() {
        return services.moderationDigest();
    }

    /** The outbox's worker, when the site sends mail. */
    Optional<DeliverQueuedMailUseCase> mailDelivery() {
        return Optional.ofNullable(mailDelivery);
    }

    /** In this process for a single instance; in the shared database and the data grid for a cluster member. */
    private Safeguards safeguards() {
        if (!cluster.clustered()) {
            return Safeguards.inProcess();
        }
        // asked at each comment: the storage may open after start-up, and answers 503 until it does
        FloodControlPort inStorage = new FloodControlPort() {
            @Override
            public Admission admit(List<String> senders, Instant now, Duration interval) {
                return kept().admit(senders, now, interval);
            }

            @Override
            public void forget(List<String> senders) {
                kept().forget(senders);
            }

            private FloodControlPort kept() {
                return storage.storage().floodControl().orElseThrow(() -> new IllegalStateException(
                        "a cluster member's storage keeps no flood control: " + settings.describe()));
            }
        };
        try {
            return Safeguards.shared(inStorage, cluster.grid().orElseThrow(
                    () -> new IllegalStateException("a cluster member without a running data grid")));
        } catch (NamingException e) {
            throw new IllegalStateException("a cluster member without a data grid bound at " + ClusterMembership.GRID, e);
        }
    }

    /** The storage's state, for the readiness checks, the metrics and the start-up work that needs the storage. */
    StorageOpener storage() {
        return storage;
    }

    /** Which storage the site runs on, as configured. */
    StorageSettings storageSettings() {
        return settings;
    }

    @PreDestroy
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    @Produces
    ListPublishedPostsUseCase listPublishedPosts() {
        return services.postReading();
    }

    @Produces
    ReadPublishedPostUseCase readPublishedPost() {
        return services.postReading();
    }

    @Produces
    SearchPublishedPostsUseCase searchPublishedPosts() {
        return services.postReading();
    }

    @Produces
    ListApprovedCommentsUseCase listApprovedComments() {
        return services.listApprovedComments();
    }

    /** Taking comments, with each arrival counted by its verdict. */
    @Produces
    SubmitCommentUseCase submitComment() {
        return submitComment;
    }

    @Produces
    ReportCommentUseCase reportComment() {
        return services.reportComment();
    }

    @Produces
    ListPartnerCitiesUseCase listPartnerCities() {
        return services.partnerCities();
    }

    @Produces
    ReadPartnerCityUseCase readPartnerCity() {
        return services.partnerCities();
    }

    @Produces
    ListTopicsUseCase listTopics() {
        return services.topics();
    }

    @Produces
    ReadTopicUseCase readTopic() {
        return services.topics();
    }

    @Produces
    ReadTopicForAdministrationUseCase readTopicForAdministration() {
        return services.topicAdministration();
    }

    @Produces
    CreateTopicUseCase createTopic() {
        return services.topicAdministration();
    }

    @Produces
    EditTopicUseCase editTopic() {
        return services.topicAdministration();
    }

    @Produces
    UploadMediaUseCase uploadMedia() {
        return services.media();
    }

    @Produces
    ReadMediaUseCase readMedia() {
        return services.media();
    }

    @Produces
    DescribeMediaUseCase describeMedia() {
        return services.media();
    }

    @Produces
    ReadSitePageUseCase readSitePage() {
        return services.pageReading();
    }

    @Produces
    ReadSiteMenuUseCase readSiteMenu() {
        return services.pageReading();
    }

    @Produces
    ListPublishedPagesUseCase listPublishedPages() {
        return services.pageReading();
    }

    @Produces
    ListSitePagesForAdministrationUseCase listSitePagesForAdministration() {
        return services.pageAdministration();
    }

    @Produces
    ReadSitePageForAdministrationUseCase readSitePageForAdministration() {
        return services.pageAdministration();
    }

    @Produces
    CreateSitePageUseCase createSitePage() {
        return services.pageAdministration();
    }

    @Produces
    TranslateSitePageUseCase translateSitePage() {
        return services.pageAdministration();
    }

    @Produces
    EditSitePageUseCase editSitePage() {
        return services.pageAdministration();
    }

    @Produces
    PublishSitePageUseCase publishSitePage() {
        return services.pageAdministration();
    }

    @Produces
    DeleteSitePageUseCase deleteSitePage() {
        return services.pageAdministration();
    }

    /** The visitors' templates, with the navigation menu every visitor page shows. */
    @Produces
    VisitorTemplates visitorTemplates(ReadSiteMenuUseCase menu, LanguageRoutes routes) {
        return new VisitorTemplates(menu, routes);
    }

    /**
     * Where the site's languages live: {@code hrc.languages} ({@code en,fr,de} by default), the first the
     * default, at the root of the site; every other has its pages under its code ({@code /fr/}).
     */
    @Produces
    LanguageRoutes languageRoutes() {
        return new LanguageRoutes(languages);
    }

    @Produces
    LoadInitialContentUseCase loadInitialContent() {
        return services.loadInitialContent();
    }

    @Produces
    SignInUseCase signIn() {
        return services.accounts();
    }

    @Produces
    FindStaffMemberUseCase findStaffMember() {
        return services.accounts();
    }

    @Produces
    ProvisionAdministratorUseCase provisionAdministrator() {
        return services.accounts();
    }

    @Produces
    ListAccountsUseCase listAccounts() {
        return services.accounts();
    }

    @Produces
    ReadAccountUseCase readAccount() {
        return services.accounts();
    }

    @Produces
    OpenAccountUseCase openAccount() {
        return services.accounts();
    }

    @Produces
    ChangeAccountUseCase changeAccount() {
        return services.accounts();
    }

    @Produces
    ChangeOwnPasswordUseCase changeOwnPassword() {
        return services.accounts();
    }

    @Produces
    ChangeOwnAdminLanguageUseCase changeOwnAdminLanguage() {
        return services.accounts();
    }

    /** Where requests come from: {@code hrc.trusted-proxies} lists the reverse proxies whose X-Forwarded-For counts. */
    @Produces
    ClientAddresses clientAddresses() {
        String proxies = config.getOptionalValue("hrc.trusted-proxies", String.class).orElse("");
        return new ClientAddresses(Arrays.stream(proxies.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.toSet()));
    }

    /** The site's public address, {@code hrc.site.url}: the start of every absolute URL the site prints. */
    @Produces
    SiteAddress siteAddress() {
        return siteAddress;
    }

    /**
     * Where operators put a WordPress site's uploads folder to be imported by name: {@code hrc.import.dir},
     * {@code ./imports} by default (it need not exist until someone puts a folder there).
     */
    @Produces
    ImportFolder importFolder() {
        return new ImportFolder(Path.of(config.getOptionalValue("hrc.import.dir", String.class).orElse("imports"))
                .toAbsolutePath().normalize());
    }

    /** The zone editors schedule posts in: {@code hrc.site.time-zone}, Europe/Brussels by default. */
    @Produces
    SiteTimeZone siteTimeZone() {
        return new SiteTimeZone(ZoneId.of(config.getOptionalValue("hrc.site.time-zone", String.class)
                .orElse("Europe/Brussels")));
    }

    @Produces
    ListCommentsForModerationUseCase listCommentsForModeration() {
        return services.commentModeration();
    }

    @Produces
    ModerateCommentsUseCase moderateComments() {
        return services.commentModeration();
    }

    @Produces
    ReadModerationHistoryUseCase readModerationHistory() {
        return services.commentModeration();
    }

    @Produces
    ReadCommentForModerationUseCase readCommentForModeration() {
        return services.commentModeration();
    }

    @Produces
    ReadTransparencyReportUseCase readTransparencyReport() {
        return services.commentModeration();
    }

    @Produces
    ReadDiscussionSettingsUseCase readDiscussionSettings() {
        return services.discussionSettings();
    }

    @Produces
    UpdateDiscussionSettingsUseCase updateDiscussionSettings() {
        return services.discussionSettings();
    }

    // editors

    @Produces
    ListPostsForEditingUseCase listPostsForEditing() {
        return services.postAuthoring();
    }

    @Produces
    ReadPostForEditingUseCase readPostForEditing() {
        return services.postAuthoring();
    }

    @Produces
    SavePostUseCase savePost() {
        return services.savePost();
    }

    @Produces
    TranslatePostUseCase translatePost() {
        return services.savePost();
    }

    @Produces
    PublishPostUseCase publishPost() {
        return services.postAuthoring();
    }

    @Produces
    SchedulePostUseCase schedulePost() {
        return services.postAuthoring();
    }

    @Produces
    UnpublishPostUseCase unpublishPost() {
        return services.postAuthoring();
    }

    @Produces
    DeletePostUseCase deletePost() {
        return services.postAuthoring();
    }

    @Produces
    PublishDuePostsUseCase publishDuePosts() {
        return services.publishDuePosts();
    }

    // administrators

    @Produces
    BackUpSiteUseCase backUpSite() {
        return services.backUpSite();
    }

    @Produces
    ImportSiteUseCase importSite() {
        return services.importSite();
    }

    @Produces
    ListOutgoingMailUseCase listOutgoingMail() {
        return services.outboxAdministration();
    }

    @Produces
    RetryMailUseCase retryMail() {
        return services.outboxAdministration();
    }

    @Produces
    ConfirmAddressUseCase confirmAddress() {
        return services.notifications();
    }

    @Produces
    UnsubscribeUseCase unsubscribe() {
        return services.notifications();
    }

    @Produces
    ChooseModerationDigestUseCase chooseModerationDigest() {
        return services.notifications();
    }

    @Produces
    ReadMailOptionsUseCase readMailOptions() {
        return services.notifications();
    }

    // visitors following addresses of the site's former platform

    @Produces
    FindMovedContentUseCase findMovedContent() {
        return services.movedContent();
    }

    @Produces
    ListPartnerCitiesForAdministrationUseCase listAllPartnerCities() {
        return services.partnerCityAdministration();
    }

    @Produces
    ReadPartnerCityForAdministrationUseCase readPartnerCityForAdministration() {
        return services.partnerCityAdministration();
    }

    @Produces
    CreatePartnerCityUseCase createPartnerCity() {
        return services.partnerCityAdministration();
    }

    @Produces
    EditPartnerCityUseCase editPartnerCity() {
        return services.partnerCityAdministration();
    }

    @Produces
    RetirePartnerCityUseCase retirePartnerCity() {
        return services.partnerCityAdministration();
    }

    @Produces
    ReinstatePartnerCityUseCase reinstatePartnerCity() {
        return services.partnerCityAdministration();
    }

    // events

    @Produces
    ListEventsUseCase listEvents() {
        return services.events();
    }

    @Produces
    ListUpcomingEventsUseCase listUpcomingEvents() {
        return services.events();
    }

    @Produces
    FindEventsUseCase findEvents() {
        return services.events();
    }

    @Produces
    ListCalendarEventsUseCase listCalendarEvents() {
        return services.events();
    }

    @Produces
    ReadEventUseCase readEvent() {
        return services.events();
    }

    @Produces
    ListEventsNamingPostUseCase listEventsNamingPost() {
        return services.events();
    }

    @Produces
    ListEventsForAdministrationUseCase listEventsForAdministration() {
        return services.eventAdministration();
    }

    @Produces
    ReadEventForAdministrationUseCase readEventForAdministration() {
        return services.eventAdministration();
    }

    @Produces
    CreateEventUseCase createEvent() {
        return services.eventAdministration();
    }

    @Produces
    EditEventUseCase editEvent() {
        return services.eventAdministration();
    }

    @Produces
    ChangeEventStatusUseCase changeEventStatus() {
        return services.eventAdministration();
    }

    @Produces
    RequestPersonalDataUseCase requestPersonalData() {
        return services.personalData();
    }

    @Produces
    ConfirmPersonalDataRequestUseCase confirmPersonalDataRequest() {
        return services.personalData();
    }

    @Produces
    DownloadPersonalDataUseCase downloadPersonalData() {
        return services.personalData();
    }

    @Produces
    ListPersonalDataRequestsUseCase listPersonalDataRequests() {
        return services.personalData();
    }

    @Produces
    SenderDataRetention senderDataRetentionDays() {
        return new SenderDataRetention(senderDataDays());
    }
}
