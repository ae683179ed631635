package org.hrcities.platform.application.port.out;

import java.util.Objects;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.search.Snippet;

/** One post found by a search: its id and a passage of it with the matches marked. */
public record PostSearchHit(PostId post, Snippet snippet) {

    public PostSearchHit {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(snippet, "snippet");
    }
}
