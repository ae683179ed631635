package org.hrcities.platform.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Happy New Year 2021 !|happy-new-year-2021",
            "Vienna's Café Talks, 2024!|viennas-cafe-talks-2024",
            "Nürnberg: Straße der Menschenrechte|nurnberg-strasse-der-menschenrechte",
            "Łódź & Graz|lodz-and-graz",
            "  --Utrecht--  |utrecht",
            "Ærøskøbing|aeroskobing"})
    void derives_a_readable_slug_from_a_title(String title, String expected) {
        assertEquals(new Slug(expected), Slug.fromTitle(title));
    }

    @Test
    void cuts_long_derived_slugs_at_a_word_boundary() {
        Slug slug = Slug.fromTitle("word ".repeat(40));
        assertTrue(slug.value().length() <= Slug.DERIVED_MAX_LENGTH);
        assertTrue(slug.value().endsWith("word"));
    }

    @Test
    void refuses_to_derive_a_slug_from_a_title_without_letters_or_digits() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Slug.fromTitle("!!! ???"));
        assertEquals("slug", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "double--hyphen", "-leading", "trailing-", "space here", "über", "../etc/passwd", "a_b"})
    void refuses_malformed_slugs(String value) {
        assertThrows(InvalidValueException.class, () -> new Slug(value));
    }

    @Test
    void refuses_slugs_over_the_maximum_length() {
        assertThrows(InvalidValueException.class, () -> new Slug("a".repeat(Slug.MAX_LENGTH + 1)));
        assertEquals(Slug.MAX_LENGTH, new Slug("a".repeat(Slug.MAX_LENGTH)).value().length());
    }
}
