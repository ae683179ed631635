package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.privacy.DataRequest;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;

/** Maps data requests to their rows and back. */
final class DataRequestJpaMapper {

    private DataRequestJpaMapper() {
    }

    static DataRequest toDomain(DataRequestJpaEntity row) {
        return DataRequest.reconstitute(new DataRequestId(row.id), DataRequestKind.valueOf(row.kind),
                new EmailAddress(row.email), DataRequestOrigin.valueOf(row.origin), row.requestedAt.toInstant(),
                row.senderAddress, instant(row.confirmedAt), instant(row.completedAt), row.anonymisedComments,
                row.deletedComments, row.version);
    }

    /** Writes the request's state into the row; the version is left to JPA. */
    static void copyInto(DataRequest request, DataRequestJpaEntity row) {
        row.kind = request.kind().name();
        row.email = request.email().value();
        row.emailKey = CommentJpaMapper.emailKey(request.email());
        row.origin = request.origin().name();
        row.requestedAt = request.requestedAt().atOffset(ZoneOffset.UTC);
        row.senderAddress = request.senderAddress().orElse(null);
        row.confirmedAt = request.confirmedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null);
        row.completedAt = request.completedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null);
        row.anonymisedComments = request.anonymisedComments();
        row.deletedComments = request.deletedComments();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
