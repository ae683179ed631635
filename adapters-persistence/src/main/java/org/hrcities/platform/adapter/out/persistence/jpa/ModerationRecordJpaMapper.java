package org.hrcities.platform.adapter.out.persistence.jpa;

import java.time.ZoneOffset;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.PostId;

/** Maps moderation log entries to their rows and back. */
final class ModerationRecordJpaMapper {

    private ModerationRecordJpaMapper() {
    }

    static ModerationRecord toDomain(ModerationRecordJpaEntity row) {
        return new ModerationRecord(row.id, new CommentId(row.commentId), new PostId(row.postId), row.loggedAt.toInstant(),
                new Actor(Actor.Kind.valueOf(row.actorKind), row.actorId, row.actorName),
                ModerationAction.valueOf(row.action), status(row.fromStatus), status(row.toStatus), row.reason);
    }

    static void copyInto(ModerationRecord record, ModerationRecordJpaEntity row) {
        row.commentId = record.commentId().value();
        row.postId = record.postId().value();
        row.loggedAt = record.at().atOffset(ZoneOffset.UTC);
        row.monthUtc = record.month().toString();
        row.actorKind = record.actor().kind().name();
        row.actorId = record.actor().id();
        row.actorName = record.actor().displayName();
        row.action = record.action().name();
        row.fromStatus = record.fromStatus() == null ? null : record.fromStatus().name();
        row.toStatus = record.toStatus() == null ? null : record.toStatus().name();
        row.reason = record.reason();
    }

    private static ModerationStatus status(String name) {
        return name == null ? null : ModerationStatus.valueOf(name);
    }
}
