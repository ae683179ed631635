package org.hrcities.platform.application.port.in.notification;

/** A reader confirms, through the link mailed to it, that an address asking for news of comments is theirs. */
public interface ConfirmAddressUseCase {

    /** What the confirmation link is, without using it: {@code VALID}, {@code ALREADY_DONE}, {@code EXPIRED} or {@code INVALID}. */
    MailLinkStatus checkConfirmationLink(String token);

    /** Confirms the address the link names: {@code DONE}, or why not. */
    MailLinkStatus confirmAddress(String token);
}
