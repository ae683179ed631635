package org.hrcities.platform.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @Test
    void looks_for_each_word_once_in_lower_case_in_the_order_typed() {
        SearchText text = new SearchText("  Housing  VIENNA housing Graz ");
        assertEquals("Housing  VIENNA housing Graz", text.value());
        assertEquals(List.of("housing", "vienna", "graz"), text.words());
    }

    @Test
    void nothing_typed_searches_for_nothing() {
        assertTrue(new SearchText(null).isEmpty());
        assertTrue(new SearchText(" \n ").isEmpty());
        assertEquals(List.of(), SearchText.NONE.words());
        assertEquals(SearchText.NONE, new SearchText("   "));
    }

    @Test
    void holds_up_to_the_longest_search_and_refuses_one_character_more() {
        String longest = "a".repeat(SearchText.MAX_LENGTH);
        assertEquals(longest, new SearchText(longest).value());
        assertEquals(longest, new SearchText("  " + longest + "  ").value(), "the limit counts the stripped text");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new SearchText(longest + "a"));
        assertEquals("q", e.field());
        assertEquals("q must be at most 200 characters long", e.getMessage());
    }

    @Test
    void holds_up_to_ten_words_and_refuses_an_eleventh() {
        assertEquals(10, new SearchText("a b c d e f g h i j").words().size());
        assertEquals(10, new SearchText("a b c d e f g h i j A j").words().size(), "repeated words count once");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new SearchText("a b c d e f g h i j k"));
        assertEquals("q", e.field());
        assertEquals("q may hold at most 10 words", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"housing\u0000", "a\u0007b", "two\nlines", "tab\tbetween", "del\u007f"})
    void refuses_control_characters_inside_the_text(String typed) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new SearchText(typed));
        assertEquals("q", e.field());
        assertEquals("q must not contain control characters", e.getMessage());
    }
}
