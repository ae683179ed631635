package org.hrcities.platform.adapter.out.persistence.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.hrcities.platform.application.port.out.PostSearchHit;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.PostSearchQuery;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.search.SearchTerms;
import org.hrcities.platform.domain.search.Snippet;
import org.hrcities.platform.domain.shared.Page;

/**
 * The search of published posts for the storage that has no text search of its own (memory, H2): an
 * Apache Lucene index of the published posts, each in the analysis of its language
 * ({@link SearchAnalyzers}), in the heap or in a folder.
 *
 * <p>It follows the writes through {@link IndexedPostRepository}, which hands it each post saved or
 * deleted once the transaction has committed: a transaction rolled back never reaches it. A change
 * carries the version it was stored at, and the index keeps the latest version it has seen of each
 * post, so that two transactions committing one after the other cannot leave the older change in
 * the index. A search refreshes the index's reader first when anything changed since the last one
 * (near-real-time: nothing is written to disk for it), so that a change is found at the next search.
 * An index in a folder is committed (written to disk) when it is rebuilt and when it closes, each time
 * with a fingerprint of the storage it matches; opened again with the same fingerprint, it is kept.
 *
 * <p>Ranking: BM25, a title match boosted {@value #TITLE_BOOST} times (so that it ranks above matches
 * in the text alone), then the publication time, newest first, then the id. The total is counted
 * exactly up to {@link PostSearchQuery#MAX_RESULTS} and one more; beyond, the ranking skips the
 * documents that cannot compete instead of counting them.
 */
public final class LucenePostIndex implements PostSearchPort, AutoCloseable {

    static final float TITLE_BOOST = 10f;
    /** About how long a snippet is, in characters: the sentence of the best match, cut near this length. */
    static final int SNIPPET_LENGTH = 160;

    private static final Logger LOG = Logger.getLogger(LucenePostIndex.class.getName());
    private static final String ID = "id";
    private static final String ID_ORDER = "id_order";
    private static final String LANGUAGE = "language";
    private static final String ANALYSIS = "analysis";
    private static final String CITY = "city";
    private static final String TOPIC = "topic";
    private static final String PUBLISHED = "published";
    private static final String FINGERPRINT = "fingerprint";
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true),
            new SortField(ID_ORDER, SortField.Type.STRING, true));
    /** A removed post's version: nothing can follow it. */
    private static final long GONE = Long.MAX_VALUE;

    private final SearchAnalyzers analyzers = new SearchAnalyzers();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<UUID, Long> versions = new ConcurrentHashMap<>();
    private final UnifiedHighlighter highlighter;
    private final boolean reused;
    private final Supplier<String> fingerprintAtClose;
    private volatile boolean changed;

    private LucenePostIndex(Directory directory, boolean reuse, Supplier<String> fingerprintAtClose)
            throws IOException {
        this.directory = directory;
        this.reused = reuse;
        this.fingerprintAtClose = fingerprintAtClose;
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(reuse ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(16);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzers.perField())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.3f))
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1)
                .build();
    }

    /** An empty index in the heap. */
    public static LucenePostIndex inMemory() {
        try {
            return new LucenePostIndex(new ByteBuffersDirectory(), false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index in {@code folder} (created if missing): the one committed there if it was committed with
     * {@code fingerprint} (see {@link #reused()}), otherwise an empty one, dropping what the folder held.
     * Closing it commits it with the fingerprint {@code fingerprintAtClose} gives then.
     */
    public static LucenePostIndex inFolder(Path folder, String fingerprint, Supplier<String> fingerprintAtClose) {
        try {
            Directory directory = FSDirectory.open(folder);
            boolean reuse = false;
            try {
                reuse = DirectoryReader.indexExists(directory) && fingerprint.equals(
                        SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT));
            } catch (IOException unreadable) {
                LOG.warning(() -> "the search index in " + folder + " cannot be read (" + unreadable + "); it is rebuilt");
            }
            return new LucenePostIndex(directory, reuse, fingerprintAtClose);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be opened in " + folder, e);
        }
    }

    /** Whether the index was found committed with the fingerprint it was opened with, and kept. */
    public boolean reused() {
        return reused;
    }

    /** Writes the index as it is now to its folder, with the fingerprint of the storage it matches. */
    public synchronized void commit(String fingerprint) {
        try {
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be committed", e);
        }
    }

    /**
     * Takes the post as stored at {@code version}: a published post is indexed (replacing what the index
     * held of it), any other is dropped. A version older than one already seen changes nothing.
     */
    public void put(Post post, long version) {
        put(IndexedPost.of(post), version);
    }

    /** As {@link #put(Post, long)}, for a post read from the storage below the repositories (a rebuild). */
    public synchronized void put(IndexedPost post, long version) {
        UUID id = post.id().value();
        Long seen = versions.get(id);
        if (seen != null && seen > version) {
            return;
        }
        versions.put(id, version);
        try {
            if (post.published()) {
                writer.updateDocument(new Term(ID, id.toString()), document(post));
            } else {
                writer.deleteDocuments(new Term(ID, id.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not take post " + id, e);
        }
        changed = true;
    }

    /** Drops a deleted post for good. */
    public synchronized void remove(PostId post) {
        versions.put(post.value(), GONE);
        try {
            writer.deleteDocuments(new Term(ID, post.value().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not drop post " + post.value(), e);
        }
        changed = true;
    }

    /** Drops everything: the start of a rebuild. */
    public synchronized void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.clear();
        changed = true;
    }

    /** How many posts the index holds (published ones), after the changes made so far. */
    public int size() {
        refreshIfChanged();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Page<PostSearchHit> search(PostSearchQuery query) {
        Query matching = query.terms().isEmpty() ? null : matching(query);
        if (matching == null) {
            return Page.empty(query.page());
        }
        refreshIfChanged();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = query.withinReach() ? query.page().offset() + query.page().size() : 1;
                TopFieldDocs top = searcher.search(matching, new TopFieldCollectorManager(RANKING, wanted, null,
                        PostSearchQuery.MAX_RESULTS + 1));
                // counted exactly up to the most results served; above, only "more than that" (the port's rule)
                long total = top.totalHits.value();
                if (!query.withinReach()) {
                    return new Page<>(List.of(), query.page(), total);
                }
                StoredFields stored = searcher.storedFields();
                List<PostSearchHit> hits = new ArrayList<>();
                for (int i = query.page().offset(); i < top.scoreDocs.length; i++) {
                    hits.add(hit(stored, top.scoreDocs[i], matching));
                }
                return new Page<>(hits, query.page(), Math.max(total, hits.size()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /** Commits the index with the fingerprint of the storage now (an index in a folder), then closes it. */
    @Override
    public void close() {
        if (fingerprintAtClose != null) {
            try {
                commit(fingerprintAtClose.get());
            } catch (RuntimeException e) {
                LOG.warning(() -> "the search index was not committed at closing (" + e + "); it is rebuilt at the next start");
            }
        }
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning(() -> "the search index did not close cleanly: " + e);
        }
    }

    private void refreshIfChanged() {
        if (changed) {
            changed = false;
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                changed = true;
                throw new UncheckedIOException("the search index could not be refreshed", e);
            }
        }
    }

    private PostSearchHit hit(StoredFields stored, ScoreDoc found, Query matching) throws IOException {
        Document document = stored.document(found.doc);
        String analysis = document.get(ANALYSIS);
        String text = document.get(SearchAnalyzers.textField(analysis));
        Snippet snippet = null;
        if (text != null && !text.isEmpty()) {
            Object formatted = highlighter.highlightWithoutSearcher(SearchAnalyzers.textField(analysis), wordsOf(matching),
                    text, 1);
            snippet = formatted instanceof Snippet made ? made : null;
        }
        if (snippet == null || snippet.segments().isEmpty()) {
            snippet = SnippetFormatter.opening(text == null ? "" : text, SNIPPET_LENGTH);
        }
        return new PostSearchHit(new PostId(UUID.fromString(document.get(ID))), snippet);
    }

    /**
     * The words and phrases of a query without its filters (city, topic, language): the highlighter reads
     * one field of one document, where a filter on another field would match nothing and mark nothing.
     */
    private static Query wordsOf(Query matching) {
        return matching instanceof BooleanQuery filtered ? filtered.clauses().get(0).query() : matching;
    }

    /**
     * The query of every analysis (or of the one asked for), its first clause, with the filters after it;
     * null when no word is left to match.
     */
    private Query matching(PostSearchQuery query) {
        List<String> analyses = query.languageOrNull() == null ? SearchAnalyzers.ANALYSES
                : List.of(SearchAnalyzers.analysisOf(query.languageOrNull()));
        BooleanQuery.Builder anyAnalysis = new BooleanQuery.Builder();
        int some = 0;
        for (String analysis : analyses) {
            Query inAnalysis = matching(analysis, query.terms());
            if (inAnalysis != null) {
                anyAnalysis.add(inAnalysis, Occur.SHOULD);
                some++;
            }
        }
        if (some == 0) {
            return null;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(anyAnalysis.build(), Occur.MUST);
        if (query.cityOrNull() != null) {
            filtered.add(new TermQuery(new Term(CITY, query.cityOrNull().value().toString())), Occur.FILTER);
        }
        if (query.topicOrNull() != null) {
            filtered.add(new TermQuery(new Term(TOPIC, query.topicOrNull().value().toString())), Occur.FILTER);
        }
        if (query.languageOrNull() != null) {
            filtered.add(new TermQuery(new Term(LANGUAGE, query.languageOrNull())), Occur.FILTER);
        }
        return filtered.build();
    }

    /** Every word and phrase, each in the title (boosted) or the text, in one analysis; null if all are stop words. */
    private Query matching(String analysis, SearchTerms terms) {
        QueryBuilder builder = new QueryBuilder(analyzers.of(analysis));
        String title = SearchAnalyzers.titleField(analysis);
        String text = SearchAnalyzers.textField(analysis);
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : terms.words()) {
            Query inTitle = builder.createBooleanQuery(title, word, Occur.MUST);
            Query inText = builder.createBooleanQuery(text, word, Occur.MUST);
            if (inTitle != null && inText != null) {
                every.add(either(inTitle, inText), Occur.MUST);
                clauses++;
            }
        }
        for (List<String> phrase : terms.phrases()) {
            String words = String.join(" ", phrase);
            Query inTitle = builder.createPhraseQuery(title, words);
            Query inText = builder.createPhraseQuery(text, words);
            if (inTitle != null && inText != null) {
                every.add(either(inTitle, inText), Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : every.build();
    }

    private static Query either(Query inTitle, Query inText) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD)
                .add(inText, Occur.SHOULD)
                .build();
    }

    private static Document document(IndexedPost post) {
        String analysis = SearchAnalyzers.analysisOf(post.language());
        String id = post.id().value().toString();
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new SortedDocValuesField(ID_ORDER, new BytesRef(id)));
        document.add(new StringField(LANGUAGE, post.language(), Field.Store.NO));
        document.add(new StoredField(ANALYSIS, analysis));
        document.add(new NumericDocValuesField(PUBLISHED, post.publishedAt().toEpochMilli()));
        post.cities().forEach(city -> document.add(new StringField(CITY, city.value().toString(), Field.Store.NO)));
        post.topics().forEach(topic -> document.add(new StringField(TOPIC, topic.value().toString(), Field.Store.NO)));
        document.add(new TextField(SearchAnalyzers.titleField(analysis), post.title(), Field.Store.NO));
        document.add(new TextField(SearchAnalyzers.textField(analysis), post.text(), Field.Store.YES));
        return document;
    }
}
