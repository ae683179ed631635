package org.hrcities.platform.adapter.out.persistence.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.hrcities.platform.domain.search.Snippet;
import org.hrcities.platform.domain.search.Snippet.Segment;

/**
 * Turns the highlighter's passages into a {@link Snippet}: plain text in segments, the matches flagged,
 * never markup; an ellipsis where the passage starts or ends inside the text.
 */
final class SnippetFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        List<Segment> segments = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage.getStartOffset() > 0) {
                segments.add(new Segment(ELLIPSIS, false));
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], at);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue;
                }
                if (start > at) {
                    segments.add(new Segment(flat(content.substring(at, start)), false));
                }
                segments.add(new Segment(flat(content.substring(start, end)), true));
                at = end;
            }
            if (passage.getEndOffset() > at) {
                segments.add(new Segment(flat(content.substring(at, passage.getEndOffset())), false));
            }
            if (passage.getEndOffset() < content.length()) {
                segments.add(new Segment(ELLIPSIS, false));
            }
        }
        return new Snippet(trimmed(segments));
    }

    /** The text's first sentence or so, without marks: for a post matched in its title alone. */
    static Snippet opening(String text, int length) {
        String flat = flat(text).strip();
        if (flat.length() <= length) {
            return flat.isEmpty() ? Snippet.NONE : new Snippet(List.of(new Segment(flat, false)));
        }
        int cut = flat.lastIndexOf(' ', length);
        String opening = flat.substring(0, cut > length / 2 ? cut : length);
        return new Snippet(List.of(new Segment(opening, false), new Segment(ELLIPSIS, false)));
    }

    /** Line breaks and runs of spaces as one space. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<Segment> trimmed(List<Segment> segments) {
        List<Segment> kept = new ArrayList<>(segments);
        if (!kept.isEmpty() && !kept.get(0).matched()) {
            kept.set(0, new Segment(kept.get(0).text().stripLeading(), false));
        }
        int last = kept.size() - 1;
        if (last >= 0 && !kept.get(last).matched()) {
            kept.set(last, new Segment(kept.get(last).text().stripTrailing(), false));
        }
        kept.removeIf(segment -> segment.text().isEmpty());
        return kept;
    }
}
