package org.hrcities.platform.adapter.out.persistence.lucene;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * How the text of a post is cut into terms, per language: Unicode words, lower-cased, the language's
 * stop words dropped, accents folded to ASCII, then the language's Snowball stemmer, the same
 * stemmers as PostgreSQL's text-search configurations of the same languages (English, French,
 * German, Spanish, Italian, Dutch). Elided articles ({@code l'}, {@code d'}) are dropped in French and
 * Italian. Any other language gets {@link #SIMPLE}: words lower-cased and folded, no stemming.
 *
 * <p>Each analysis has fields of its own ({@code title_fr}, {@code text_fr}...), so that a post is
 * analysed once, in its language, and a search reads each language's fields with that language's
 * analysis of its words.
 */
final class SearchAnalyzers {

    /** The analysis of every language without a stemmer of its own. */
    static final String SIMPLE = "simple";
    /** The languages with a stemmer, then {@link #SIMPLE}. */
    static final List<String> ANALYSES = List.of("en", "fr", "de", "es", "it", "nl", SIMPLE);

    private static final CharArraySet ARTICLES = new CharArraySet(Arrays.asList(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
            "dell", "all", "dall", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un"), true);

    private final Map<String, Analyzer> byAnalysis = new HashMap<>();
    private final Analyzer fields;

    SearchAnalyzers() {
        byAnalysis.put("en", analyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishStemmer::new, false, true));
        byAnalysis.put("fr", analyzer(FrenchAnalyzer.getDefaultStopSet(), FrenchStemmer::new, true, false));
        byAnalysis.put("de", analyzer(GermanAnalyzer.getDefaultStopSet(), GermanStemmer::new, false, false));
        byAnalysis.put("es", analyzer(SpanishAnalyzer.getDefaultStopSet(), SpanishStemmer::new, false, false));
        byAnalysis.put("it", analyzer(ItalianAnalyzer.getDefaultStopSet(), ItalianStemmer::new, true, false));
        byAnalysis.put("nl", analyzer(DutchAnalyzer.getDefaultStopSet(), DutchStemmer::new, false, false));
        byAnalysis.put(SIMPLE, analyzer(CharArraySet.EMPTY_SET, null, false, false));
        fields = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byAnalysis.get(analysisOfField(fieldName));
            }
        };
    }

    /** The analysis for a post in {@code language} (an ISO 639 code): its own, or {@link #SIMPLE}. */
    static String analysisOf(String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return ANALYSES.contains(code) ? code : SIMPLE;
    }

    /** The analyzer of one analysis. */
    Analyzer of(String analysis) {
        return byAnalysis.get(analysis);
    }

    /** The analyzer of every field: each text field with its analysis, the rest as the simple one. */
    Analyzer perField() {
        return fields;
    }

    static String titleField(String analysis) {
        return "title_" + analysis;
    }

    static String textField(String analysis) {
        return "text_" + analysis;
    }

    private static String analysisOfField(String field) {
        int underscore = field.indexOf('_');
        return underscore < 0 ? SIMPLE : analysisOf(field.substring(underscore + 1));
    }

    private static Analyzer analyzer(CharArraySet stopWords, Supplier<SnowballStemmer> stemmer, boolean elision,
                                     boolean possessive) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = source;
                if (possessive) {
                    result = new EnglishPossessiveFilter(result);
                }
                if (elision) {
                    result = new ElisionFilter(result, ARTICLES);
                }
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, stopWords);
                result = new ASCIIFoldingFilter(result);
                if (stemmer != null) {
                    result = new SnowballFilter(result, stemmer.get());
                }
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
