package org.hrcities.platform.adapter.in.web.site.post;

import java.util.List;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;

/** The search form and, for a query, the published posts that match it. */
public record SearchPage(String query, List<PostCard> results, long total, Pager pager, String error) {

    public boolean searched() {
        return !query.isBlank() && error == null;
    }
}
