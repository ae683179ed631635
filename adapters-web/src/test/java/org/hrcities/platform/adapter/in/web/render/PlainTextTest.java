package org.hrcities.platform.adapter.in.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hrcities.platform.adapter.in.web.render.PlainText.Piece;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void cuts_text_into_pieces_with_links_and_line_breaks() {
        List<Piece> pieces = PlainText.pieces("See https://example.org/a?b=1 and www.example.net.\nBye");
        assertEquals(List.of(
                new Piece(Piece.Kind.TEXT, "See ", null),
                new Piece(Piece.Kind.LINK, "https://example.org/a?b=1", "https://example.org/a?b=1"),
                new Piece(Piece.Kind.TEXT, " and ", null),
                new Piece(Piece.Kind.LINK, "www.example.net", "https://www.example.net"),
                new Piece(Piece.Kind.TEXT, ".", null),
                new Piece(Piece.Kind.BREAK, "", null),
                new Piece(Piece.Kind.TEXT, "Bye", null)), pieces);
    }

    @Test
    void only_web_addresses_become_links() {
        List<Piece> pieces = PlainText.pieces("javascript:alert(1) ftp://files.example.org mailto:a@example.org <b>x</b>");
        assertEquals(List.of(), pieces.stream().filter(Piece::isLink).toList());
        assertEquals("javascript:alert(1) ftp://files.example.org mailto:a@example.org <b>x</b>",
                String.join("", pieces.stream().map(Piece::text).toList()));
    }
}
