package org.hrcities.platform.adapter.in.web.api.comment;

import java.time.Instant;
import org.hrcities.platform.adapter.in.web.input.ModerationInputs;
import org.hrcities.platform.domain.comment.ModerationRecord;

/**
 * One entry of a comment's history: who ({@code actorKind} "rule" with the rule's id, or "person" with
 * the account id and name), what, from which status to which, when, and why.
 */
public record ModerationRecordResponse(Instant at, String actorKind, String actorId, String actorName, String action,
                                       String fromStatus, String toStatus, String reason) {

    public static ModerationRecordResponse from(ModerationRecord record) {
        return new ModerationRecordResponse(record.at(), ModerationInputs.name(record.actor().kind()),
                record.actor().id(), record.actor().displayName(), ModerationInputs.name(record.action()),
                ModerationInputs.name(record.fromStatus()), ModerationInputs.name(record.toStatus()), record.reason());
    }
}
