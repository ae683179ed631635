package org.hrcities.platform.domain.city;

/** How a city takes part in the network. */
public enum MembershipKind {
    /** Takes part in the network's work as a guest. */
    GUEST,
    /** Has joined the network as an associate member. */
    ASSOCIATE_MEMBER
}
