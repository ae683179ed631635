package org.hrcities.platform.adapter.in.web.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * A comment's plain text cut into pieces for a template: text, line breaks, and the web addresses
 * it holds, which become links. The template escapes every piece; nothing here is HTML.
 */
public final class PlainText {

    /** One piece of a comment. */
    public record Piece(Kind kind, String text, String href) {

        /** What a piece is. */
        public enum Kind { TEXT, LINK, BREAK }

        public boolean isLink() {
            return kind == Kind.LINK;
        }

        public boolean isBreak() {
            return kind == Kind.BREAK;
        }
    }

    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

    private PlainText() {
    }

    /** The pieces of the text, lines separated by BREAK pieces. */
    public static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                pieces.add(new Piece(Piece.Kind.BREAK, "", null));
            }
            for (Span span : LINKS.extractSpans(lines[i])) {
                String part = lines[i].substring(span.getBeginIndex(), span.getEndIndex());
                if (span instanceof LinkSpan link) {
                    String href = link.getType() == LinkType.WWW ? "https://" + part : part;
                    boolean web = href.regionMatches(true, 0, "https://", 0, 8) || href.regionMatches(true, 0, "http://", 0, 7);
                    pieces.add(web ? new Piece(Piece.Kind.LINK, part, href) : new Piece(Piece.Kind.TEXT, part, null));
                } else {
                    pieces.add(new Piece(Piece.Kind.TEXT, part, null));
                }
            }
        }
        return pieces;
    }
}
