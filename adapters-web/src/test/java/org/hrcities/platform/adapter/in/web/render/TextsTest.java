package org.hrcities.platform.adapter.in.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hrcities.platform.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    private static final Language EN = Language.parse("en");
    private static final Language FR = Language.parse("fr");
    private static final Language DE = Language.parse("de");

    @Test
    void writes_dates_as_each_language_does() {
        Instant day = Instant.parse("2021-01-04T10:00:00Z");
        assertEquals("4 January 2021", Texts.of(Texts.SITE, EN).date(day));
        assertEquals("4 janvier 2021", Texts.of(Texts.SITE, FR).date(day));
        assertEquals("4. Januar 2021", Texts.of(Texts.SITE, DE).date(day));
    }

    @Test
    void a_language_without_its_file_speaks_english() {
        Texts spanish = Texts.of(Texts.SITE, Language.parse("es"));
        assertEquals("News", spanish.t("nav.news"));
        assertEquals("Actualités", Texts.of(Texts.SITE, FR).t("nav.news"));
    }

    @Test
    void escapes_the_arguments_of_a_message_that_holds_markup_but_not_the_message() {
        StringOutput output = new StringOutput();
        Texts.of(Texts.SITE, EN).html("layout.title", "<b>Graz</b> & co").writeTo(output);
        assertEquals("&lt;b&gt;Graz&lt;/b&gt; &amp; co – Human Rights Cities Network", output.toString());
    }

    /** Every key the templates use is in the English file, and every bundle names the keys English has. */
    @ParameterizedTest
    @ValueSource(strings = {Texts.SITE, Texts.ADMIN})
    void every_language_has_every_text_the_templates_use(String bundle) throws IOException {
        Properties english = load("i18n/" + bundle + ".properties");
        if (english == null) {
            return;
        }
        Set<String> used = keysUsedIn(bundle.equals(Texts.ADMIN) ? Path.of("src/main/jte/admin") : Path.of("src/main/jte"),
                bundle.equals(Texts.SITE));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english.stringPropertyNames());
        assertTrue(missing.isEmpty(), "used in templates, not in i18n/" + bundle + ".properties: " + missing);
        List<String> codes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.matches(bundle + "_[a-z]{2,3}\\.properties"))
                    .map(name -> name.substring(bundle.length() + 1, name.length() - ".properties".length()))
                    .sorted().forEach(codes::add);
        }
        assertTrue(codes.containsAll(List.of("de", "fr")), "French and German are there: " + codes);
        for (String code : codes) {
            Properties translated = load("i18n/" + bundle + "_" + code + ".properties");
            assertTrue(translated != null, "i18n/" + bundle + "_" + code + ".properties is missing");
            Set<String> untranslated = new TreeSet<>(english.stringPropertyNames());
            untranslated.removeAll(translated.stringPropertyNames());
            assertTrue(untranslated.isEmpty(), "not in i18n/" + bundle + "_" + code + ".properties: " + untranslated);
            Set<String> unknown = new TreeSet<>(translated.stringPropertyNames());
            unknown.removeAll(english.stringPropertyNames());
            assertTrue(unknown.isEmpty(), "in i18n/" + bundle + "_" + code + ".properties but not in English: " + unknown);
            for (String key : translated.stringPropertyNames()) {
                // every message must at least be a valid ICU pattern
                new com.ibm.icu.text.MessageFormat(translated.getProperty(key));
            }
        }
    }

    private static final Pattern KEY = Pattern.compile("\\b(?:t|html|text|texts\\(\\)\\.t)\\(\"([a-zA-Z0-9_.-]+)\"");

    private static Set<String> keysUsedIn(Path folder, boolean skipAdmin) throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(file -> file.toString().endsWith(".jte"))
                    .filter(file -> !skipAdmin || !folder.relativize(file).startsWith("admin"))
                    .forEach(files::add);
        }
        for (Path file : files) {
            Matcher matcher = KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
