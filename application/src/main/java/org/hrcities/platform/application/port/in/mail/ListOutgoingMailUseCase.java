package org.hrcities.platform.application.port.in.mail;

import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.shared.PageRequest;

/** Administrators see what the outbox holds: above all the messages that could not be delivered. */
public interface ListOutgoingMailUseCase {

    /** A page of the messages in {@code state}, most recently queued first, with the counts of every state. */
    OutgoingMailList listOutgoingMail(DeliveryState state, PageRequest page);
}
