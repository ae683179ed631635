package org.hrcities.platform.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a visitor searches for, parsed from the text typed into the search box: words and quoted
 * phrases, every one of which a post must hold. Parsing never fails:
 * <ul>
 *   <li>the text is cut at {@value #MAX_LENGTH} characters (not refused), and at most
 *       {@value #MAX_WORDS} words are kept, phrases' words included, in the order typed;</li>
 *   <li>a word is a run of letters and digits (with the marks that combine with them): every other character (operators such as
 *       {@code & | ! ( ) : * - +}, punctuation, control characters) separates words and is never
 *       handed to a search engine as syntax;</li>
 *   <li>double quotes ({@code "}) open and close a phrase; a quote left open closes at the end of the
 *       text; a phrase of one word is that word; an empty phrase is nothing;</li>
 *   <li>nothing left (empty text, operators or quotes only) is {@link #isEmpty() nothing to search}.</li>
 * </ul>
 * Words are lower-cased (in the root locale) and kept as typed otherwise: stemming and accent
 * folding belong to the search adapter, which knows each post's language.
 */
public record SearchTerms(List<String> words, List<List<String>> phrases) {

    /** The longest text read; what comes after is ignored. */
    public static final int MAX_LENGTH = 200;
    /** The most words kept, counting each phrase's words. */
    public static final int MAX_WORDS = 10;

    /**
     * How far the results of a search reach: pages beyond the first thousand posts found are empty, and
     * a total above this number may only say that more posts match (a search engine may stop counting).
     */
    public static final int MAX_RESULTS = 1_000;

    /** Nothing to search. */
    public static final SearchTerms NONE = new SearchTerms(List.of(), List.of());

    public SearchTerms {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
        for (String word : words) {
            requireWord(word);
        }
        for (List<String> phrase : phrases) {
            if (phrase.size() < 2) {
                throw new IllegalArgumentException("a phrase holds two words or more: " + phrase);
            }
            phrase.forEach(SearchTerms::requireWord);
        }
        if (words.size() + phrases.stream().mapToInt(List::size).sum() > MAX_WORDS) {
            throw new IllegalArgumentException("at most " + MAX_WORDS + " words");
        }
    }

    /** The terms of {@code typed} (null is empty), by the rules of this class. */
    public static SearchTerms parse(String typed) {
        if (typed == null || typed.isEmpty()) {
            return NONE;
        }
        String text = cut(typed);
        List<String> words = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        List<String> phrase = null;
        int[] kept = {0};
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isWordCharacter(c)) {
                word.appendCodePoint(c);
                continue;
            }
            keep(word, phrase, words, kept);
            if (c == '"') {
                if (phrase == null) {
                    phrase = new ArrayList<>();
                } else {
                    close(phrase, words, phrases);
                    phrase = null;
                }
            }
        }
        keep(word, phrase, words, kept);
        if (phrase != null) {
            close(phrase, words, phrases);
        }
        return words.isEmpty() && phrases.isEmpty() ? NONE : new SearchTerms(words, phrases);
    }

    /** Whether there is nothing to search: no word, no phrase. */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** The terms as they could be typed again: words, then phrases in quotes. */
    public String text() {
        List<String> parts = new ArrayList<>(words);
        phrases.forEach(phrase -> parts.add('"' + String.join(" ", phrase) + '"'));
        return String.join(" ", parts);
    }

    /** Adds the word being read to the open phrase or to the words, while fewer than the most are kept. */
    private static void keep(StringBuilder word, List<String> phrase, List<String> words, int[] kept) {
        if (word.isEmpty()) {
            return;
        }
        String found = word.toString().toLowerCase(Locale.ROOT);
        word.setLength(0);
        if (kept[0] == MAX_WORDS || phrase == null && words.contains(found)) {
            return;
        }
        kept[0]++;
        (phrase == null ? words : phrase).add(found);
    }

    private static void close(List<String> phrase, List<String> words, List<List<String>> phrases) {
        if (phrase.size() == 1) {
            if (!words.contains(phrase.get(0))) {
                words.add(phrase.get(0));
            }
        } else if (phrase.size() > 1 && !phrases.contains(phrase)) {
            phrases.add(phrase);
        }
    }

    /** The first {@value #MAX_LENGTH} characters, without splitting a surrogate pair. */
    private static String cut(String typed) {
        if (typed.length() <= MAX_LENGTH) {
            return typed;
        }
        int end = Character.isHighSurrogate(typed.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return typed.substring(0, end);
    }

    /** Letters, digits and the marks that combine with them (a decomposed accent stays in its word). */
    private static boolean isWordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static void requireWord(String word) {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty() || !word.codePoints().allMatch(SearchTerms::isWordCharacter)
                || !word.equals(word.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a search word is lower-case letters and digits: " + word);
        }
    }
}
