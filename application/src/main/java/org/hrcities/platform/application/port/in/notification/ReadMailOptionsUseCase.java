package org.hrcities.platform.application.port.in.notification;

/** What the pages may offer that needs mail. */
public interface ReadMailOptionsUseCase {

    /** Whether the site sends mail: only then do its forms offer news by email. */
    boolean sendsMail();

    /** How often, at most, a moderator who chose the digest is written to, in minutes. */
    long moderationDigestMinutes();
}
