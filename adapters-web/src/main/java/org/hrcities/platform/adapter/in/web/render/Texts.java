package org.hrcities.platform.adapter.in.web.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import gg.jte.Content;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hrcities.platform.domain.shared.Language;

/**
 * The interface's words in one language: messages read from a resource bundle
 * ({@code src/main/resources/i18n/<bundle>_<code>.properties}, UTF-8, English in the file without a
 * code) and formatted by ICU's {@link MessageFormat}, so that a count chooses its plural form by the
 * language's CLDR rules ({@code {0, plural, one {# comment} other {# comments}}}) and numbers are
 * grouped as the language writes them. A key a language's file lacks is read from the English one;
 * adding a language is adding its file. Messages are never built by joining words in code.
 */
public final class Texts {

    /** The visitors' pages. */
    public static final String SITE = "site";
    /** The admin pages. */
    public static final String ADMIN = "admin";

    private static final ConcurrentMap<String, Texts> LOADED = new ConcurrentHashMap<>();

    private final Language language;
    private final ResourceBundle bundle;
    private final ULocale locale;
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Texts(String bundleName, Language language) {
        this.language = Objects.requireNonNull(language);
        this.bundle = ResourceBundle.getBundle("i18n." + bundleName, language.locale(),
                Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = ULocale.forLocale(language.locale());
        this.date = DateTimeFormatter.ofPattern(pattern("format.date"), language.locale()).withZone(ZoneOffset.UTC);
        this.dateTime = DateTimeFormatter.ofPattern(pattern("format.dateTime"), language.locale()).withZone(ZoneOffset.UTC);
    }

    /** The texts of {@code bundle} ({@link #SITE} or {@link #ADMIN}) in {@code language}, loaded once. */
    public static Texts of(String bundle, Language language) {
        return LOADED.computeIfAbsent(bundle + "_" + language.code(), key -> new Texts(bundle, language));
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** Whether the bundle (or English, behind it) has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message {@code key} with its arguments in place, as plain text (a template escapes it). */
    public String t(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale));
        synchronized (format) {
            return format.format(arguments == null ? new Object[0] : arguments);
        }
    }

    /**
     * The message {@code key}, whose text may hold markup (a link), with its arguments escaped before
     * they are put in place: for a sentence that links part of itself. Only the bundle's own text is
     * trusted as HTML.
     */
    public Content html(String key, Object... arguments) {
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof String text ? escape(text) : arguments[i];
        }
        String markup = t(key, escaped);
        return output -> output.writeContent(markup);
    }

    /** A day as people read it in the language: "4 January 2021", "4 janvier 2021", "4. Januar 2021". */
    public String date(Instant at) {
        return date.format(at);
    }

    /** A moment, in UTC, as people read it in the language. */
    public String dateTime(Instant at) {
        return dateTime.format(at);
    }

    /** A moment in {@code zone} as people read it in the language. */
    public String dateTime(Instant at, ZoneId zone) {
        return dateTime.withZone(zone).format(at);
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text \"" + key + "\" in i18n/" + bundle.getBaseBundleName(), e);
        }
    }

    private static String escape(String text) {
        StringOutput output = new StringOutput();
        Escape.htmlContent(text, output);
        return output.toString();
    }
}
