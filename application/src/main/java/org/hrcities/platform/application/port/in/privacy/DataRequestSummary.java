package org.hrcities.platform.application.port.in.privacy;

import java.time.Instant;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequest;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.privacy.DataRequestState;

/**
 * A request as staff see it, in its state at the time it was read.
 *
 * @param confirmedAt null until confirmed
 * @param completedAt null until done
 */
public record DataRequestSummary(DataRequestId id, DataRequestKind kind, EmailAddress email, DataRequestOrigin origin,
                                 DataRequestState state, Instant requestedAt, Instant confirmedAt, Instant completedAt,
                                 int anonymisedComments, int deletedComments) {

    public static DataRequestSummary of(DataRequest request, Instant now) {
        return new DataRequestSummary(request.id(), request.kind(), request.email(), request.origin(),
                request.stateAt(now), request.requestedAt(), request.confirmedAt().orElse(null),
                request.completedAt().orElse(null), request.anonymisedComments(), request.deletedComments());
    }
}
