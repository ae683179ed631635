package org.hrcities.platform.application.port.out;

import java.util.Locale;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.PostId;

/**
 * Which comments moderators list.
 *
 * @param statusOrNull only comments in this status; null for every status
 * @param postOrNull only comments on this post; null for every post
 * @param searchOrNull only comments whose name, email, website or content holds this text, ignoring
 *        case (plain text, no wildcards); null or blank for no search. Kept lower-case.
 */
public record CommentFilter(ModerationStatus statusOrNull, PostId postOrNull, String searchOrNull) {

    public CommentFilter {
        searchOrNull = searchOrNull == null || searchOrNull.isBlank() ? null : searchOrNull.strip().toLowerCase(Locale.ROOT);
    }

    public static CommentFilter inStatus(ModerationStatus status) {
        return new CommentFilter(status, null, null);
    }
}
