package org.hrcities.platform.domain.city;

import java.util.Locale;
import java.util.Set;
import org.hrcities.platform.domain.shared.InvalidValueException;

/** An ISO 3166-1 alpha-2 country code, such as {@code AT} or {@code GB}. */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (value == null || !ISO_COUNTRIES.contains(value)) {
            throw new InvalidValueException("country", "country must be an ISO 3166-1 alpha-2 code in capitals, such as AT");
        }
    }

    /** Accepts lower-case input and surrounding spaces: " at " is {@code AT}. */
    public static CountryCode parse(String text) {
        return new CountryCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The country's name in English, such as "Austria". */
    public String englishName() {
        return new Locale("", value).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return value;
    }
}
