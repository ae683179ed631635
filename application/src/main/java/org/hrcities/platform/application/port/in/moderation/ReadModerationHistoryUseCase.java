package org.hrcities.platform.application.port.in.moderation;

import java.util.List;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.ModerationRecord;

/** Moderators read what happened to a comment, from its arrival on; also after it was deleted. */
public interface ReadModerationHistoryUseCase {

    /** The log entries of the comment, oldest first; empty for an id that never had any. */
    List<ModerationRecord> readModerationHistory(CommentId comment);
}
