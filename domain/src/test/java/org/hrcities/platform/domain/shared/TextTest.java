package org.hrcities.platform.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void single_line_text_is_stripped_and_refuses_line_breaks_and_nul() {
        assertEquals("Graz", Text.requireSingleLine("name", "  Graz ", 10));
        assertThrows(InvalidValueException.class, () -> Text.requireSingleLine("name", "Gr\naz", 10));
        assertThrows(InvalidValueException.class, () -> Text.requireSingleLine("name", "Gr\u0000az", 10));
        assertThrows(InvalidValueException.class, () -> Text.requireSingleLine("name", "   ", 10));
    }

    @Test
    void single_line_length_counts_characters_not_utf16_units() {
        assertEquals("😀😀", Text.requireSingleLine("name", "😀😀", 2));
    }

    @Test
    void multi_line_text_normalises_line_breaks_and_counts_utf8_bytes() {
        assertEquals("a\nb\nc", Text.requireMultiLine("content", "a\r\nb\rc", 10));
        assertThrows(InvalidValueException.class, () -> Text.requireMultiLine("content", "ü".repeat(6), 11));
        assertEquals("ü".repeat(5), Text.requireMultiLine("content", "ü".repeat(5), 10));
    }

    @Test
    void refuses_lone_surrogates_that_are_not_valid_unicode() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Text.requireMultiLine("content", "broken \uD800 text", 100));
        assertEquals("content", e.field());
        assertThrows(InvalidValueException.class, () -> Text.requireMultiLine("content", "broken \uDC00", 100));
    }
}
