package org.hrcities.platform.application.port.in.privacy;

import java.util.Objects;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;

/**
 * A request for a copy or the erasure of the data held about {@code email}, from the public page
 * ({@link DataRequestOrigin#VISITOR}, with the network address it came from when known) or from staff.
 */
public record RequestPersonalDataCommand(EmailAddress email, DataRequestKind kind, DataRequestOrigin origin,
                                         String senderAddress) {

    public RequestPersonalDataCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        senderAddress = Comment.validSenderAddress(senderAddress);
    }
}
