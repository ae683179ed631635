package org.hrcities.platform.application.port.in.notification;

/** Anyone holding a message's unsubscribe link stops every message to its address, without signing in. */
public interface UnsubscribeUseCase {

    /** What the link is, without using it: {@code VALID}, {@code ALREADY_DONE} or {@code INVALID}. */
    MailLinkStatus checkUnsubscribeLink(String token);

    /** Stops every message to the address the link names: {@code DONE}, {@code ALREADY_DONE}, or {@code INVALID}. */
    MailLinkStatus unsubscribe(String token);
}
