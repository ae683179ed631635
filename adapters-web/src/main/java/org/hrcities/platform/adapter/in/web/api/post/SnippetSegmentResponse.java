package org.hrcities.platform.adapter.in.web.api.post;

import java.util.List;
import org.hrcities.platform.domain.search.Snippet;

/** One piece of a search result's passage: plain text (never markup), and whether it matched the search. */
public record SnippetSegmentResponse(String text, boolean match) {

    /** The passage's pieces in order; null (left out of the answer) when there is no passage. */
    public static List<SnippetSegmentResponse> from(Snippet snippet) {
        if (snippet == null) {
            return null;
        }
        return snippet.segments().stream().map(segment -> new SnippetSegmentResponse(segment.text(), segment.matched()))
                .toList();
    }
}
