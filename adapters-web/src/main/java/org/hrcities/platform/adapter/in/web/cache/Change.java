package org.hrcities.platform.adapter.in.web.cache;

/**
 * What a request may change, as far as the stored pages are concerned. Every stored page depends on
 * {@link #CONTENT}; a page that shows something more names it with {@link DependsOn}. A request that
 * may change something says with {@link ChangesOnly} what it changes; one that says nothing changes
 * everything.
 */
public enum Change {

    /** Whatever a reader may see: posts, published comments, partner cities, settings. */
    CONTENT,

    /** A comment received and not published (held for moderation or spam): the counts of comments received. */
    ARRIVALS
}
