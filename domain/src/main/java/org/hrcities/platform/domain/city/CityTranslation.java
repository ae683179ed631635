package org.hrcities.platform.domain.city;

import org.hrcities.platform.domain.shared.Text;

/**
 * A partner city's name and description in a language besides the site's default, under the same
 * rules as the city's own. Either may be empty ({@code ""}): an empty one falls back to the name or
 * description in the default language ("Wien" where there is a German name, "Vienna" elsewhere).
 * Text is kept stripped; null is read as empty. A bad value throws
 * {@link org.hrcities.platform.domain.shared.InvalidValueException} naming {@code name} or {@code description}.
 */
public record CityTranslation(String name, String description) {

    public CityTranslation {
        name = name == null || name.isBlank() ? "" : Text.requireSingleLine("name", name, PartnerCity.MAX_NAME_LENGTH);
        description = Text.optionalMultiLine("description", description, PartnerCity.MAX_DESCRIPTION_BYTES);
    }

    /** Whether it translates nothing: no name and no description. */
    public boolean isEmpty() {
        return name.isEmpty() && description.isEmpty();
    }
}
