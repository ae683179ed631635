package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.shared.Page;

/** Visitors look for published posts by the words in their title or body. */
public interface SearchPublishedPostsUseCase {

    /** Published posts holding every word of the query, newest first; an empty query finds nothing. */
    Page<PublishedPost> searchPublishedPosts(SearchPublishedPostsQuery query);
}
