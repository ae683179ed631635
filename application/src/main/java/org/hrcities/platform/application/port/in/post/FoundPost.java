package org.hrcities.platform.application.port.in.post;

import java.util.Objects;
import org.hrcities.platform.domain.search.Snippet;

/** A published post found by a search, as lists show it, with the passage that matched. */
public record FoundPost(PublishedPost post, Snippet snippet) {

    public FoundPost {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(snippet, "snippet");
    }
}
