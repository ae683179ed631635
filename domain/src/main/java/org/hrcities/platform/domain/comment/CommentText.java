package org.hrcities.platform.domain.comment;

import org.hrcities.platform.domain.shared.Text;

/**
 * What a commenter wrote, as plain text with line breaks. It is never interpreted as markup.
 */
public record CommentText(String value) {

    /** As WordPress: 65,525 bytes in UTF-8. */
    public static final int MAX_BYTES = 65_525;

    public CommentText {
        value = Text.requireMultiLine("content", value, MAX_BYTES);
    }

    @Override
    public String toString() {
        return value;
    }
}
