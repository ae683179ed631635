package org.hrcities.platform.application.port.in.moderation;

import java.util.List;

/** The outcome of a bulk action for each comment, in the order of the command's targets. */
public record BulkModerationResult(List<ModerationOutcome> outcomes) {

    public BulkModerationResult {
        outcomes = List.copyOf(outcomes);
    }

    /** How many comments the action was done to. */
    public long done() {
        return outcomes.stream().filter(outcome -> outcome.result() == ModerationOutcome.Result.OK).count();
    }

    public boolean allDone() {
        return done() == outcomes.size();
    }
}
