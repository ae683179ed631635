package org.hrcities.platform.application.port.in.mail;

import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.domain.mail.DeliveryState;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.shared.Page;

/**
 * A page of the outbox and how many messages each state holds.
 *
 * @param mailEnabled whether a mail server is configured (without one nothing is queued)
 */
public record OutgoingMailList(DeliveryState state, Page<OutgoingMail> page, Map<DeliveryState, Long> counts,
                               boolean mailEnabled) {

    public OutgoingMailList {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(page, "page");
        counts = Map.copyOf(counts);
    }
}
