package org.hrcities.platform.application.port.in.notification;

/** What a link from one of the site's messages turned out to be, or what following it did. */
public enum MailLinkStatus {
    /** A good link, not used yet: the page offers its one button. */
    VALID,
    /** Following it did what it says. */
    DONE,
    /** It had been done already (an address confirmed, or stopped, before). */
    ALREADY_DONE,
    /** A link the site made, whose time is over. */
    EXPIRED,
    /** Not a link the site made for this, or the address it named is no longer kept. */
    INVALID
}
