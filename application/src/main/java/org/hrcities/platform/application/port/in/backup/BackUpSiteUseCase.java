package org.hrcities.platform.application.port.in.backup;

/**
 * An administrator backs up the running site: every post, comment, partner city, account and setting,
 * as they stood at one moment, into a new file in the backup folder; the site keeps serving meanwhile.
 */
public interface BackUpSiteUseCase {

    Backup backUpSite();
}
