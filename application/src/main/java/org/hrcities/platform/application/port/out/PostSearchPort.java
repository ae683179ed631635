package org.hrcities.platform.application.port.out;

import org.hrcities.platform.domain.shared.Page;

/**
 * Full-text search of the published posts, kept in step with their writes by the storage adapter that
 * provides it: a post published, edited, unpublished or deleted is found, found by its new words, or
 * gone at the next search after the transaction that changed it commits; a transaction rolled back
 * changes nothing. Drafts and scheduled posts are never found.
 *
 * <p>Each post is analysed in its language (stemmed, accents folded), the search's words in the
 * language of each post they are matched against. A post matches when it holds every word and phrase
 * of the query, in its title or its text (excerpt and body). The ranking puts title matches above
 * text matches, and the more recent publication first among equal ranks (then the id). Call it inside
 * {@link TransactionPort#inTransaction}.
 */
public interface PostSearchPort {

    /**
     * One page of the posts that match {@code query}, best first, with the number of all that match
     * (exact up to {@link PostSearchQuery#MAX_RESULTS}; above it, only "more than that"); an empty page
     * when the query holds nothing to search or asks for a page beyond {@link PostSearchQuery#MAX_RESULTS}.
     * An adapter may rank only the {@link PostSearchQuery#MAX_RESULTS} most recent posts that match.
     */
    Page<PostSearchHit> search(PostSearchQuery query);
}
