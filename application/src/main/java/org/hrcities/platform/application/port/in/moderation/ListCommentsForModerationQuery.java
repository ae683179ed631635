package org.hrcities.platform.application.port.in.moderation;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * Which comments a moderator lists: a status tab (pending when not given), optionally one post, and
 * optionally a text that the name, email, website or content holds (ignoring case).
 */
public record ListCommentsForModerationQuery(StatusFilter status, PostId postOrNull, String searchOrNull,
                                             PageRequest page) {

    public static final int MAX_SEARCH_LENGTH = 200;

    public ListCommentsForModerationQuery {
        status = status == null ? StatusFilter.PENDING : status;
        Objects.requireNonNull(page, "page");
        searchOrNull = searchOrNull == null || searchOrNull.isBlank() ? null : searchOrNull.strip();
        if (searchOrNull != null && searchOrNull.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidValueException("search", "search must be at most " + MAX_SEARCH_LENGTH + " characters long");
        }
    }

    /** The pending comments of every post. */
    public static ListCommentsForModerationQuery pending(PageRequest page) {
        return new ListCommentsForModerationQuery(StatusFilter.PENDING, null, null, page);
    }
}
