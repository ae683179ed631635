package org.hrcities.platform.adapter.in.web.api.comment;

import java.util.List;
import java.util.Locale;
import org.hrcities.platform.application.port.in.moderation.BulkModerationResult;
import org.hrcities.platform.application.port.in.moderation.ModerationOutcome;

/**
 * What a bulk action did to each comment, in the order of the request: {@code result} is ok,
 * not_found, conflict (changed in the meantime, left as it was) or not_allowed (the action does not
 * apply to it), with a message when not done, and the new status and version when done (none after a deletion).
 */
public record BulkModerationResponse(long done, long notDone, List<ResultResponse> results) {

    /** The outcome for one comment. */
    public record ResultResponse(String id, String result, String message, String status, Long version) {
    }

    public static BulkModerationResponse from(BulkModerationResult result) {
        List<ResultResponse> results = result.outcomes().stream().map(BulkModerationResponse::of).toList();
        return new BulkModerationResponse(result.done(), result.outcomes().size() - result.done(), results);
    }

    private static ResultResponse of(ModerationOutcome outcome) {
        return new ResultResponse(outcome.commentId().toString(), outcome.result().name().toLowerCase(Locale.ROOT),
                outcome.message(), outcome.comment().map(c -> c.status().name().toLowerCase(Locale.ROOT)).orElse(null),
                outcome.comment().map(c -> c.version()).orElse(null));
    }
}
