package org.hrcities.platform.adapter.in.web.render;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Countries named in a language, from the English name the domain gives them (ISO 3166 by the JDK's names). */
final class Countries {

    private static final Map<String, String> CODES = new ConcurrentHashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.putIfAbsent(Locale.of("", code).getDisplayCountry(Locale.ENGLISH), code);
        }
    }

    private Countries() {
    }

    /** The country's name in {@code locale}; the English name itself when the JDK does not know it. */
    static String inLanguage(String englishName, Locale locale) {
        String code = englishName == null ? null : CODES.get(englishName);
        return code == null ? englishName : Locale.of("", code).getDisplayCountry(locale);
    }
}
