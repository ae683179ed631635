package org.hrcities.platform.domain.post;

import org.hrcities.platform.domain.shared.Text;

/**
 * What a post says: its title, its body in Markdown and a short excerpt for lists (empty when the
 * editor gave none).
 */
public record PostContent(String title, String body, String excerpt) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_BODY_BYTES = 200_000;
    public static final int MAX_EXCERPT_BYTES = 1_000;

    public PostContent {
        title = Text.requireSingleLine("title", title, MAX_TITLE_LENGTH);
        body = Text.optionalMultiLine("body", body, MAX_BODY_BYTES);
        excerpt = Text.optionalMultiLine("excerpt", excerpt, MAX_EXCERPT_BYTES);
    }

    public boolean hasBody() {
        return !body.isEmpty();
    }
}
