package org.hrcities.platform.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermsTest {

    @Test
    void reads_words_lower_case_each_once_in_the_order_typed() {
        SearchTerms terms = SearchTerms.parse("  Human RIGHTS city human ");

        assertEquals(List.of("human", "rights", "city"), terms.words());
        assertEquals(List.of(), terms.phrases());
    }

    @Test
    void reads_a_quoted_phrase_beside_words() {
        SearchTerms terms = SearchTerms.parse("housing \"Human rights city\" Graz");

        assertEquals(List.of("housing", "graz"), terms.words());
        assertEquals(List.of(List.of("human", "rights", "city")), terms.phrases());
        assertEquals("housing graz \"human rights city\"", terms.text());
    }

    @Test
    void closes_a_quote_left_open_at_the_end() {
        assertEquals(List.of(List.of("human", "rights")), SearchTerms.parse("housing \"human rights").phrases());
        assertEquals(List.of("city"), SearchTerms.parse("\"human rights\" \"city").words());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "\"\"\"", "-\"", "&|!():*", "<-> !! '' \\ % _ ; -- /*", "\u0000\u0007\n\t"})
    void finds_nothing_to_search_in_empty_text_quotes_or_operators(String typed) {
        assertTrue(SearchTerms.parse(typed).isEmpty());
        assertEquals(SearchTerms.NONE, SearchTerms.parse(typed));
    }

    @Test
    void finds_nothing_to_search_without_text() {
        assertEquals(SearchTerms.NONE, SearchTerms.parse(null));
    }

    @Test
    void keeps_the_words_between_operators_never_the_operators() {
        assertEquals(List.of("city", "rights", "housing"), SearchTerms.parse("city&!rights:* | (housing)").words());
        assertEquals(List.of("city", "rights"), SearchTerms.parse("-city +rights").words());
    }

    @Test
    void cuts_very_long_text_instead_of_refusing_it() {
        assertEquals(List.of("a".repeat(SearchTerms.MAX_LENGTH)), SearchTerms.parse("a".repeat(5_000)).words());
    }

    @Test
    void keeps_at_most_ten_words_phrases_included() {
        SearchTerms terms = SearchTerms.parse("one two three \"four five six\" seven eight nine ten eleven twelve");

        assertEquals(List.of("one", "two", "three", "seven", "eight", "nine", "ten"), terms.words());
        assertEquals(List.of(List.of("four", "five", "six")), terms.phrases());
        assertEquals(List.of("word"), SearchTerms.parse("word ".repeat(1_000)).words());
    }

    @Test
    void keeps_letters_of_every_script_and_their_accents() {
        assertEquals(List.of("städte", "droits", "résumé", "光州"), SearchTerms.parse("Städte droits résumé 光州").words());
        assertEquals(List.of("re\u0301sume\u0301"), SearchTerms.parse("re\u0301sume\u0301").words());
        assertEquals(1, SearchTerms.parse("İstanbul").words().size());
    }

    @Test
    void never_splits_a_character_in_two_where_it_cuts() {
        String typed = "a".repeat(SearchTerms.MAX_LENGTH - 1) + "\uD83D\uDE00";

        assertEquals(List.of("a".repeat(SearchTerms.MAX_LENGTH - 1)), SearchTerms.parse(typed).words());
    }

    @Test
    void takes_a_phrase_of_one_word_as_that_word() {
        assertEquals(List.of("city"), SearchTerms.parse("\"city\" city").words());
        assertEquals(List.of(), SearchTerms.parse("\"city\" city").phrases());
    }
}
