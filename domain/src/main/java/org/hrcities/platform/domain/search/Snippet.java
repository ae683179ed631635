package org.hrcities.platform.domain.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A short passage of a post found by a search, as plain text in segments, each flagged when it is a
 * match of the search. Nothing in it is markup: whoever shows it escapes every segment, then marks the
 * matched ones (on the site, {@code <mark>}).
 */
public record Snippet(List<Segment> segments) {

    /** No passage to show. */
    public static final Snippet NONE = new Snippet(List.of());

    public Snippet {
        segments = List.copyOf(segments);
    }

    /** One piece of the passage: plain text, matched or not. */
    public record Segment(String text, boolean matched) {

        public Segment {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The passage's text without the marks. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** The matched pieces, in order. */
    public List<String> matches() {
        return segments.stream().filter(Segment::matched).map(Segment::text).toList();
    }
}
