package org.hrcities.platform.adapter.in.web.render;

import gg.jte.Content;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.domain.event.EventTiming;
import org.hrcities.platform.domain.shared.Language;

/**
 * What the layout around every visitor's page shows besides the page itself: the page's language (its
 * {@code <html lang>}, the interface's texts, the prefix of its links), the navigation menu, the page in
 * other languages ({@code <link rel="alternate" hreflang>} and the language switcher). Templates write
 * every link to a page of the site through {@link #link}, so that a French page leads to French pages.
 *
 * @param translations the page's address (path without language) in each language it exists in, the
 *                     page's own language included; empty for a page that exists in no other language
 */
public record Frame(LanguageRoutes routes, Language language, List<MenuLink> menu, Map<Language, String> translations,
                   String siteBase) {

    public Frame {
        Objects.requireNonNull(routes);
        Objects.requireNonNull(language);
        menu = List.copyOf(menu);
        translations = Map.copyOf(translations);
        siteBase = siteBase.endsWith("/") ? siteBase.substring(0, siteBase.length() - 1) : siteBase;
    }

    /** The frame of a page in the default language of a site in {@code language} alone, without a menu (an error page). */
    public static Frame plain(Language language) {
        return new Frame(new LanguageRoutes(org.hrcities.platform.domain.shared.SiteLanguages.only(language)), language,
                List.of(), Map.of(), "");
    }

    /** The interface's texts in the page's language. */
    public Texts texts() {
        return Texts.of(Texts.SITE, language);
    }

    /** The message {@code key} in the page's language: see {@link Texts#t}. */
    public String t(String key, Object... arguments) {
        return texts().t(key, arguments);
    }

    /** A message whose text links part of itself: see {@link Texts#html}. */
    public Content html(String key, Object... arguments) {
        return texts().html(key, arguments);
    }

    /** A day in the page's language. */
    public String date(Instant at) {
        return texts().date(at);
    }

    /** A moment, in UTC, in the page's language: "4 January 2021 at 10:00 UTC". */
    public String dateTime(Instant at) {
        return texts().dateTime(at);
    }

    /** A month given as ISO 8601 ("2021-01") in the page's language: "January 2021", "janvier 2021". */
    public String month(String iso) {
        return java.time.format.DateTimeFormatter.ofPattern(texts().t("format.month"), texts().locale())
                .format(java.time.YearMonth.parse(iso));
    }

    /** A country, named in English as the domain names it, in the page's language. */
    public String country(String englishName) {
        return Countries.inLanguage(englishName, texts().locale());
    }

    /** When an event takes place, in full, in the page's language: see {@link EventTimes#human(EventTiming, Texts)}. */
    public String eventTime(EventTiming timing) {
        return EventTimes.human(timing, texts());
    }

    /** The same in short, for lists. */
    public String eventTimeBrief(EventTiming timing) {
        return EventTimes.brief(timing, texts());
    }

    /** The code for {@code <html lang>} and {@code hreflang}. */
    public String lang() {
        return language.code();
    }

    /** {@code path} (such as "/cities") in the page's language: "/fr/cities" on a French page. */
    public String link(String path) {
        return routes.path(language, path);
    }

    /** The home page in the page's language. */
    public String home() {
        return link("/");
    }

    /** The {@code <link rel="alternate" hreflang>} of the page: each language it is published in. */
    public List<Alternate> alternates() {
        if (translations.size() < 2) {
            return List.of();
        }
        List<Alternate> alternates = new ArrayList<>();
        for (Language each : routes.languages().all()) {
            String path = translations.get(each);
            if (path != null) {
                alternates.add(new Alternate(each.code(), siteBase + routes.path(each, path)));
            }
        }
        String original = translations.get(routes.languages().defaultLanguage());
        if (original != null) {
            alternates.add(new Alternate("x-default", siteBase + original));
        }
        return alternates;
    }

    /**
     * One entry per language of the site when it has several: the page in that language when it exists,
     * else that language's home.
     */
    public List<LanguageChoice> switcher() {
        if (routes.languages().all().size() < 2) {
            return List.of();
        }
        List<LanguageChoice> choices = new ArrayList<>();
        for (Language each : routes.languages().all()) {
            String path = translations.get(each);
            choices.add(new LanguageChoice(each.code(), each.nativeName(),
                    routes.path(each, path != null ? path : "/"), each.equals(language), path != null));
        }
        return choices;
    }

    /** A {@code <link rel="alternate">}: {@code hreflang} is a language's code or "x-default". */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * An entry of the language switcher.
     *
     * @param translated whether {@code href} is this page in that language (else that language's home)
     */
    public record LanguageChoice(String code, String name, String href, boolean current, boolean translated) {
    }
}
