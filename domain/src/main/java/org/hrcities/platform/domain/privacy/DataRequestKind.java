package org.hrcities.platform.domain.privacy;

/** What a person asks for about their data (GDPR articles 15 and 17). */
public enum DataRequestKind {
    /** A copy of everything the site holds about the address: articles 15 and 20. */
    EXPORT,
    /** The erasure of it: article 17. */
    ERASURE
}
