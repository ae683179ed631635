package org.hrcities.platform.application.port.out;

/**
 * The mail ports of one storage adapter as the contract suites see them, over storage that holds no
 * mail when handed out.
 *
 * @param anotherProcess the same storage's keys as a second process sharing it would see them (for
 *        storage that no second process shares, the same port)
 */
public record MailStorageUnderTest(OutboxRepository outbox, ScheduledJobsPort scheduledJobs, SiteKeyPort siteKeys,
                                   SiteKeyPort anotherProcess, TransactionPort transactions) {
}
