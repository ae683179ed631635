package org.hrcities.platform.bootstrap;

import org.hrcities.platform.application.service.media.MediaService;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.application.service.account.AccountService;
import org.hrcities.platform.application.service.authoring.PostAuthoringService;
import org.hrcities.platform.application.service.backup.BackUpSiteService;
import org.hrcities.platform.application.service.authoring.PublishDuePostsService;
import org.hrcities.platform.application.service.authoring.SavePostService;
import org.hrcities.platform.application.service.city.PartnerCityAdministrationService;
import org.hrcities.platform.application.service.migration.ImportSiteService;
import org.hrcities.platform.application.service.migration.MovedContentService;
import org.hrcities.platform.application.service.city.PartnerCityService;
import org.hrcities.platform.application.service.comment.ListApprovedCommentsService;
import org.hrcities.platform.application.service.event.EventAdministrationService;
import org.hrcities.platform.application.service.event.EventService;
import org.hrcities.platform.application.service.comment.SubmitCommentService;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.OutboxAdministrationService;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.application.service.privacy.PersonalDataService;
import org.hrcities.platform.application.service.privacy.SenderDataRetentionService;
import org.hrcities.platform.application.service.moderation.CommentModerationService;
import org.hrcities.platform.application.service.notification.CommentNotifications;
import org.hrcities.platform.application.service.notification.ModerationDigestService;
import org.hrcities.platform.application.service.notification.NotificationService;
import org.hrcities.platform.application.service.moderation.ReportCommentService;
import org.hrcities.platform.application.service.post.PostReadingService;
import org.hrcities.platform.application.service.setting.DiscussionSettingsService;
import org.hrcities.platform.application.service.setup.LoadInitialContentService;
import org.hrcities.platform.application.service.page.SitePageAdministrationService;
import org.hrcities.platform.application.service.page.SitePageReadingService;
import org.hrcities.platform.application.service.topic.TopicAdministrationService;
import org.hrcities.platform.application.service.topic.TopicService;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * Every service of the application, built by hand from the ports of one storage adapter. This is
 * the whole wiring: no scanning, no annotations in the services.
 */
public record Services(PostReadingService postReading, ListApprovedCommentsService listApprovedComments,
                       SubmitCommentService submitComment, PartnerCityService partnerCities,
                       LoadInitialContentService loadInitialContent, CommentModerationService commentModeration,
                       DiscussionSettingsService discussionSettings, AccountService accounts,
                       PostAuthoringService postAuthoring, SavePostService savePost,
                       PublishDuePostsService publishDuePosts,
                       PartnerCityAdministrationService partnerCityAdministration, BackUpSiteService backUpSite,
                       ImportSiteService importSite, MovedContentService movedContent, TopicService topics,
                       TopicAdministrationService topicAdministration, SitePageReadingService pageReading,
                       SitePageAdministrationService pageAdministration, MediaService media,
                       OutboxAdministrationService outboxAdministration, NotificationService notifications,
                       ModerationDigestService moderationDigest, ReportCommentService reportComment,
                       PersonalDataService personalData, SenderDataRetentionService senderDataRetention,
                       EventService events, EventAdministrationService eventAdministration) {

    /** The system clock, to the microsecond: the precision every storage adapter keeps. */
    public static final ClockPort SYSTEM_CLOCK = () -> Instant.now().truncatedTo(ChronoUnit.MICROS);

    /** The folder backups go to unless {@code hrc.backup.dir} says otherwise, relative to the working folder. */
    public static final Path DEFAULT_BACKUP_FOLDER = Path.of("backups");

    public static Services wire(StorageAdapter storage, ClockPort clock, PasswordHashingPort passwords) {
        return wire(storage, clock, passwords, DEFAULT_BACKUP_FOLDER);
    }

    public static Services wire(StorageAdapter storage, ClockPort clock, PasswordHashingPort passwords, Path backupFolder) {
        return wire(storage, clock, passwords, backupFolder, Safeguards.inProcess());
    }

    public static Services wire(StorageAdapter storage, ClockPort clock, PasswordHashingPort passwords, Path backupFolder,
                                Safeguards safeguards) {
        return wire(storage, clock, passwords, backupFolder, safeguards, 1);
    }

    /** @param commentsPerTransaction the comments stored together by one transaction at most (1: each alone) */
    public static Services wire(StorageAdapter storage, ClockPort clock, PasswordHashingPort passwords, Path backupFolder,
                                Safeguards safeguards, int commentsPerTransaction) {
        return wire(storage, clock, passwords, backupFolder, safeguards, commentsPerTransaction, NO_MAIL,
                DEFAULT_DIGEST_PERIOD);
    }

    /** How often, at most, a moderator who chose the digest gets one, unless {@code hrc.mail.digest-minutes} says otherwise. */
    public static final Duration DEFAULT_DIGEST_PERIOD = Duration.ofMinutes(60);

    /** A site that sends no mail. */
    public static final MailSettings NO_MAIL = MailSettings.disabled(URI.create("http://localhost:8080"));

    /**
     * @param mail whether the site sends mail, and the address its links start with
     * @param digestPeriod at most one moderation digest per moderator in this time
     */
    public static Services wire(StorageAdapter storage, ClockPort clock, PasswordHashingPort passwords, Path backupFolder,
                                Safeguards safeguards, int commentsPerTransaction, MailSettings mail, Duration digestPeriod) {
        return wire(storage, clock, passwords, backupFolder, safeguards, commentsPerTransaction, mail, digestPeriod,
                SenderDataRetentionService.DEFAULT_DAYS);
    }

    /** The site's languages unless {@code hrc.languages} says otherwise: English first, the default. */
    public static final SiteLanguages DEFAULT_LANGUAGES = SiteLanguages.parse("en,fr,de");

    /** @param senderDataDays comments' network addresses and user agents are erased after this many days */
    public static Services wire(StorageAdapter storage, ClockPort clock, PasswordHashingPort passwords, Path backupFolder,
                                Safeguards safeguards, int commentsPerTransaction, MailSettings mail, Duration digestPeriod,
                                int senderDataDays) {
        return wire(storage, clock, passwords, backupFolder, safeguards, commentsPerTransaction, mail, digestPeriod,
                senderDataDays, DEFAULT_LANGUAGES);
    }

    /** @param languages the languages the site is written in, its default first */
    public static Services wire(StorageAdapter storage, ClockPort clock, PasswordHashingPort passwords, Path backupFolder,
                                Safeguards safeguards, int commentsPerTransaction, MailSettings mail, Duration digestPeriod,
                                int senderDataDays, SiteLanguages languages) {
        SignedLinks links = new SignedLinks(storage.siteKeys(), clock);
        CommentNotifications commentNotifications = new CommentNotifications(storage.mailSubscribers(), storage.outbox(),
                links, mail);
        return new Services(
                new PostReadingService(storage.posts(), storage.postSearch(), storage.comments(), storage.cities(), storage.topics(),
                        storage.media(), storage.discussionSettings(), storage.transactions(), clock),
                new ListApprovedCommentsService(storage.posts(), storage.comments(), storage.transactions()),
                new SubmitCommentService(storage.posts(), storage.comments(), storage.discussionSettings(),
                        storage.moderationLog(), safeguards.floodControl(), storage.transactions(), clock,
                        commentsPerTransaction, commentNotifications),
                new PartnerCityService(storage.cities(), storage.posts(), storage.transactions(), languages),
                new LoadInitialContentService(storage.cities(), storage.topics(), storage.posts(), storage.comments(),
                        storage.pages(), storage.media(), storage.mediaContent(), storage.events(), storage.transactions()),
                new CommentModerationService(storage.posts(), storage.comments(), storage.moderationLog(),
                        storage.commentReports(), storage.transactions(), clock, commentNotifications),
                new DiscussionSettingsService(storage.discussionSettings(), storage.transactions()),
                new AccountService(storage.accounts(), passwords, safeguards.signInFailures(), storage.transactions(), clock),
                new PostAuthoringService(storage.posts(), storage.cities(), storage.topics(), storage.media(),
                        storage.transactions(), clock),
                new SavePostService(storage.posts(), storage.cities(), storage.topics(), storage.media(),
                        storage.transactions(), clock, languages),
                new PublishDuePostsService(storage.posts(), storage.transactions(), clock),
                new PartnerCityAdministrationService(storage.cities(), storage.transactions(), languages),
                new BackUpSiteService(storage.backups(), backupFolder, clock),
                new ImportSiteService(storage.posts(), storage.comments(), storage.topics(), storage.pages(),
                        storage.media(), storage.mediaContent(), storage.importLedger(), storage.accounts(), passwords, storage.transactions(), clock,
                        languages),
                new MovedContentService(storage.posts(), storage.topics(), storage.cities(), storage.pages(),
                        storage.media(), storage.importLedger(), storage.transactions(), clock, languages),
                new TopicService(storage.topics(), storage.posts(), storage.comments(), storage.cities(),
                        storage.media(), storage.transactions()),
                new TopicAdministrationService(storage.topics(), storage.transactions()),
                new SitePageReadingService(storage.pages(), storage.transactions(), languages),
                new SitePageAdministrationService(storage.pages(), storage.transactions(), clock, languages),
                new MediaService(storage.media(), storage.mediaContent(), storage.transactions(), clock),
                new OutboxAdministrationService(storage.outbox(), mail, storage.scheduledJobs(), storage.transactions(),
                        clock),
                new NotificationService(storage.mailSubscribers(), storage.accounts(), links, mail, digestPeriod,
                        storage.transactions(), clock),
                new ModerationDigestService(storage.comments(), storage.posts(), storage.mailSubscribers(),
                        storage.scheduledJobs(), commentNotifications, mail, digestPeriod, storage.transactions(), clock),
                new ReportCommentService(storage.posts(), storage.comments(), storage.commentReports(),
                        storage.discussionSettings(), storage.moderationLog(), safeguards.floodControl(),
                        storage.transactions(), clock),
                new PersonalDataService(storage.dataRequests(), storage.comments(), storage.posts(), storage.moderationLog(),
                        storage.discussionSettings(), safeguards.floodControl(), storage.outbox(),
                        storage.mailSubscribers(), links, mail,
                        storage.transactions(), clock),
                new SenderDataRetentionService(storage.comments(), storage.dataRequests(), storage.scheduledJobs(),
                        storage.transactions(), clock, senderDataDays),
                new EventService(storage.events(), storage.cities(), storage.posts(), clock, storage.transactions()),
                new EventAdministrationService(storage.events(), storage.cities(), storage.posts(), clock,
                        storage.transactions()));
    }
}
