package org.hrcities.platform.adapter.in.web.site.post;

import java.util.List;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;
import org.hrcities.platform.domain.search.Snippet;

/**
 * The search form and, for a query with something to search, the published posts that match it, each
 * with the passage that matched (its segments are printed escaped, the matched ones in {@code <mark>}).
 */
public record SearchPage(String query, boolean hasTerms, List<Result> results, long total, Pager pager, String error) {

    /** One post found, and its passage. */
    public record Result(PostCard card, Snippet snippet) {
    }

    public boolean searched() {
        return !query.isBlank() && error == null;
    }
}
