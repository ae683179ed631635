package org.hrcities.platform.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @Test
    void reads_codes_in_any_case_and_names_languages_in_themselves() {
        assertEquals(new Language("fr"), Language.parse(" FR "));
        assertEquals("Français", Language.parse("fr").nativeName());
        assertEquals("Deutsch", Language.parse("de").nativeName());
        assertEquals("English", Language.parse("en").nativeName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "f", "french", "fr-FR", "xx", "e1", "../"})
    void refuses_what_is_not_a_language_code(String code) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Language.parse(code));
        assertEquals("language", refused.field());
    }

    @Test
    void puts_the_default_language_first_and_refuses_others() {
        SiteLanguages languages = SiteLanguages.parse("en, fr,de");
        assertEquals(Language.parse("en"), languages.defaultLanguage());
        assertEquals(List.of(Language.parse("fr"), Language.parse("de")), languages.others());
        assertTrue(languages.isDefault(Language.parse("en")));
        assertFalse(languages.isDefault(Language.parse("fr")));
        assertEquals(Language.parse("de"), languages.find("de"));
        assertNull(languages.find("es"));
        assertNull(languages.find("DE"));
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> languages.require(Language.parse("es")));
        assertEquals("the site is not written in es; its languages are en, fr, de", refused.getMessage());
    }

    @Test
    void refuses_a_language_named_twice_or_none() {
        assertThrows(InvalidValueException.class, () -> SiteLanguages.parse("en,fr,en"));
        assertThrows(InvalidValueException.class, () -> SiteLanguages.parse(" "));
        assertThrows(InvalidValueException.class, () -> SiteLanguages.parse("en,"));
    }
}
