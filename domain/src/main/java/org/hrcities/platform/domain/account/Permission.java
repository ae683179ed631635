package org.hrcities.platform.domain.account;

/** Something a member of staff may be allowed to do. */
public enum Permission {
    MODERATE_COMMENTS,
    WRITE_POSTS,
    /** Create, publish, postpone and cancel events. */
    MANAGE_EVENTS,
    MANAGE_PARTNER_CITIES,
    MANAGE_ACCOUNTS,
    MANAGE_SETTINGS,
    BACK_UP_SITE,
    IMPORT_SITE,
    /** Start requests for a copy or the erasure of a person's data, and see them (administrators). */
    HANDLE_PRIVACY_REQUESTS
}
