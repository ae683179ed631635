package org.hrcities.platform.application.port.in.post;

import org.hrcities.platform.domain.shared.Page;

/** Visitors look for published posts by the words of their title and text. */
public interface SearchPublishedPostsUseCase {

    /**
     * Published posts holding every word and phrase of the query (each word also in its other forms:
     * {@code cities} finds {@code city}; accents do not matter), the best first: title matches above
     * text matches, the more recent first among equals; each with a passage that shows the matches. A
     * query with nothing to search finds nothing.
     *
     * @throws org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException if no partner city
     *         has the slug the search is narrowed to
     * @throws org.hrcities.platform.application.port.in.topic.TopicNotFoundException if no topic has the slug
     *         the search is narrowed to
     */
    Page<FoundPost> searchPublishedPosts(SearchPublishedPostsQuery query);
}
